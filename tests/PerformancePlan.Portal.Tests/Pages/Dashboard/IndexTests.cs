namespace PerformancePlan.Portal.Tests.Pages.Dashboard;

/// <summary>The dashboard's to-do list: indicators whose latest due period has no actual.</summary>
public sealed class IndexTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_indicator_without_its_last_due_actual_is_listed_as_overdue_with_a_link_to_enter_it()
    {
        var client = await factory.SignedIn(UserRole.Editor, "overdue-reader");
        Assert.Empty((await client.GetDocument("/admin")).QuerySelectorAll("tr[data-overdue]"));

        var id = factory.Database.IndicatorId("8.1");
        factory.Database.Scalar("DELETE FROM actuals WHERE indicator_id = $id AND period = '2018-Q4'", new { id });
        var page = await client.GetDocument("/admin?lang=en");
        var row = Assert.Single(page.QuerySelectorAll("tr[data-overdue]"));
        Assert.Equal("8.1", row.GetAttribute("data-overdue"));
        Assert.Contains("2019-01-30", row.TextContent, StringComparison.Ordinal);
        var link = row.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Contains($"indicator={id}", link, StringComparison.Ordinal);
        Assert.Contains("period=2018-Q4", link, StringComparison.Ordinal);
    }
}
