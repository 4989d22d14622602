namespace PerformancePlan.Portal.Tests.Pages.Goals;

/// <summary>Changing how an indicator's actuals make the year's result.</summary>
public sealed class AggregationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private string Aggregation(long id) => (string)factory.Database.Scalar("SELECT aggregation FROM indicators WHERE id = $id", new { id })!;

    [Fact]
    public async Task A_change_needs_a_reason_and_is_audited_with_it()
    {
        var client = await factory.SignedIn(UserRole.Editor, "aggregation-editor");
        var id = factory.Database.IndicatorId("2.1");
        var before = Aggregation(id);

        var noReason = await client.SubmitForm($"/admin/goals/aggregation?id={id}", new() { ["Input.Aggregation"] = "per_period" });
        Assert.NotNull((await Forms.Parse(noReason)).QuerySelector(".error-summary a[href='#Input_Reason']"));
        Assert.Equal(before, Aggregation(id));

        var saved = await client.SubmitForm($"/admin/goals/aggregation?id={id}", new() { ["Input.Aggregation"] = "per_period", ["Input.Reason"] = "每季填報當季數" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("per_period", Aggregation(id));
        var entry = Assert.Single(factory.Database.Audit("indicator", "aggregation-editor"));
        Assert.Equal(("aggregation", before, "per_period", "每季填報當季數"), (entry.Field, entry.OldValue, entry.NewValue, entry.Reason));
    }

    [Fact]
    public async Task An_unknown_aggregation_or_a_ratio_over_stored_actuals_is_refused_and_nothing_changes()
    {
        var client = await factory.SignedIn(UserRole.Editor, "aggregation-refused");
        var id = factory.Database.IndicatorId("1.1");
        var before = Aggregation(id);

        var unknown = await Forms.Parse(await client.SubmitForm($"/admin/goals/aggregation?id={id}", new() { ["Input.Aggregation"] = "sum", ["Input.Reason"] = "test" }));
        Assert.NotNull(unknown.QuerySelector(".error-summary a[href='#Input_Aggregation']"));

        var ratio = await Forms.Parse(await client.SubmitForm($"/admin/goals/aggregation?id={id}", new() { ["Input.Aggregation"] = "ratio", ["Input.Reason"] = "test" }));
        Assert.Contains("已存之 4 筆實際值", ratio.QuerySelector("#Input_Aggregation-error")?.TextContent ?? ratio.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, Aggregation(id));
        Assert.Empty(factory.Database.Audit("indicator", "aggregation-refused"));
    }

    [Fact]
    public async Task The_page_explains_every_aggregation_and_marks_the_current_one()
    {
        var client = await factory.SignedIn(UserRole.Editor, "aggregation-reader");
        var page = await client.GetDocument($"/admin/goals/aggregation?id={factory.Database.IndicatorId("7.1")}&lang=en");
        Assert.Equal(4, page.QuerySelectorAll("dl.definitions dt").Length);
        Assert.Equal("ratio", page.QuerySelector("#Input_Aggregation option[selected]")!.GetAttribute("value"));
    }
}
