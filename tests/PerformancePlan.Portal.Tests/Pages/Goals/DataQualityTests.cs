namespace PerformancePlan.Portal.Tests.Pages.Goals;

/// <summary>Editing an indicator's data-quality statement.</summary>
public sealed class DataQualityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private string? Source(long id) => (string?)factory.Database.Scalar("SELECT dq_source_zh FROM indicators WHERE id = $id", new { id });

    [Fact]
    public async Task The_statement_is_saved_in_both_languages_and_each_changed_item_is_audited()
    {
        var client = await factory.SignedIn(UserRole.Editor, "dq-editor");
        var id = factory.Database.IndicatorId("4.1");
        var form = await client.GetDocument($"/admin/goals/dataquality?id={id}");
        Assert.Equal(Source(id), form.QuerySelector("#Input_DqSourceZh")!.TextContent);

        var saved = await client.SubmitForm($"/admin/goals/dataquality?id={id}", new()
        {
            ["Input.DqSourceZh"] = "本府公文管理系統統計報表",
            ["Input.DqSourceEn"] = "Reports of the City Government's document management system",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("本府公文管理系統統計報表", Source(id));
        var fields = factory.Database.Audit("indicator", "dq-editor").Select(e => e.Field).ToList();
        Assert.Contains("dq_source_zh", fields);
        Assert.Contains("dq_source_en", fields);
        Assert.DoesNotContain("dq_method_zh", fields);
    }

    [Fact]
    public async Task A_statement_too_long_or_with_a_control_character_is_refused_on_its_field_and_nothing_changes()
    {
        var client = await factory.SignedIn(UserRole.Editor, "dq-refused");
        var id = factory.Database.IndicatorId("5.1");
        var before = Source(id);

        var tooLong = await Forms.Parse(await client.SubmitForm($"/admin/goals/dataquality?id={id}", new() { ["Input.DqSourceZh"] = new string('資', 2001) }));
        Assert.NotNull(tooLong.QuerySelector(".error-summary a[href='#Input_DqSourceZh']"));
        Assert.Equal("true", tooLong.QuerySelector("#Input_DqSourceZh")!.GetAttribute("aria-invalid"));

        var control = await Forms.Parse(await client.SubmitForm($"/admin/goals/dataquality?id={id}", new() { ["Input.DqLimitationsEn"] = "bad\u0001text" }));
        Assert.NotNull(control.QuerySelector(".error-summary a[href='#Input_DqLimitationsEn']"));
        Assert.Equal(before, Source(id));
        Assert.Empty(factory.Database.Audit("indicator", "dq-refused"));
    }
}
