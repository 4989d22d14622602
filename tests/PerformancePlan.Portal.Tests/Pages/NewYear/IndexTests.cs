namespace PerformancePlan.Portal.Tests.Pages.NewYear;

/// <summary>Starting next year's plan of an agency from this year's.</summary>
public sealed class IndexTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Source = "/admin/newyear?plan=107-secretariat";

    [Fact]
    public async Task An_editor_starts_next_years_plan_with_every_indicator_linked_and_is_taken_to_it_then_cannot_start_it_twice()
    {
        var client = await factory.SignedIn(UserRole.Editor, "year-starter");
        var form = await client.GetDocument(Source);
        Assert.Equal("108", form.QuerySelector("#Input_Year")!.GetAttribute("value"));

        var response = await client.SubmitForm(Source, new());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/goals?plan=108-secretariat&done=started", response.Headers.Location!.OriginalString);
        var indicators = factory.Database.Count("SELECT count(*) FROM indicators i JOIN goals g ON g.id = i.goal_id JOIN plans p ON p.id = g.plan_id WHERE p.slug = '107-secretariat'");
        Assert.True(indicators > 0);
        Assert.Equal(indicators, factory.Database.Count(
            "SELECT count(*) FROM indicator_links l JOIN indicators i ON i.id = l.indicator_id JOIN goals g ON g.id = i.goal_id JOIN plans p ON p.id = g.plan_id WHERE p.slug = '108-secretariat' AND l.state = 'confirmed'"));
        Assert.Contains(factory.Database.Audit("indicator_link", "year-starter"), e => e.NewValue == "107-secretariat/1.1");
        var goals = await client.GetDocument(response.Headers.Location!.OriginalString);
        Assert.NotNull(goals.QuerySelector(".notice--success"));

        var plans = factory.Database.Count("SELECT count(*) FROM plans");
        var again = await client.SubmitForm(Source, new() { ["Input.Slug"] = "108-secretariat-bis" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var document = await Forms.Parse(again);
        Assert.Contains("108", document.QuerySelector(".error-summary a[href='#Input_Year']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", document.QuerySelector("#Input_Year")!.GetAttribute("aria-invalid"));
        Assert.Equal("108-secretariat-bis", document.QuerySelector("#Input_Slug")!.GetAttribute("value"));
        Assert.Equal(plans, factory.Database.Count("SELECT count(*) FROM plans"));
    }
}
