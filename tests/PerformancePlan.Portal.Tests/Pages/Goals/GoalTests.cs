namespace PerformancePlan.Portal.Tests.Pages.Goals;

/// <summary>Editing a strategic goal.</summary>
public sealed class GoalTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_weight_outside_0_to_100_is_refused_naming_the_weight()
    {
        var client = await factory.SignedIn(UserRole.Editor, "weight-editor");
        var goalId = factory.Database.Count("SELECT id FROM goals WHERE ordinal = 1");
        var response = await client.SubmitForm($"/admin/goals/goal?id={goalId}", new() { ["Input.WeightPercent"] = "150" });
        Assert.Contains("權重", (await Forms.Parse(response)).QuerySelector(".error-summary a[href='#Input_WeightPercent']")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(factory.Database.Audit("goal", "weight-editor"));

        var ok = await client.SubmitForm($"/admin/goals/goal?id={goalId}", new() { ["Input.TitleEn"] = "Promote friendly international city exchanges (edited)" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Contains(factory.Database.Audit("goal", "weight-editor"), a => a.Field == "title_en");
    }

    [Fact]
    public async Task Only_an_english_field_left_empty_is_marked_translation_pending()
    {
        var client = await factory.SignedIn(UserRole.Editor);
        var goalId = factory.Database.Count("SELECT id FROM goals WHERE ordinal = 2");
        var document = await client.GetDocument($"/admin/goals/goal?id={goalId}");
        Assert.Null(document.QuerySelector("label[for=Input_TitleEn] .badge--pending"));
        Assert.Empty(document.QuerySelectorAll("label .badge--pending:empty"));

        var response = await client.SubmitForm($"/admin/goals/goal?id={goalId}", new() { ["Input.TitleEn"] = "", ["Input.WeightPercent"] = "x" });
        Assert.NotNull((await Forms.Parse(response)).QuerySelector("label[for=Input_TitleEn] .badge--pending"));
    }
}
