namespace PerformancePlan.Portal.Tests.Pages.Dashboard;

/// <summary>The dashboard's to-do list covers every plan, grouped by plan, in a bounded list that can be opened in full.</summary>
public sealed class OverdueAcrossPlansTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Every_plans_overdue_indicators_are_listed_under_their_plan_with_links_to_that_plan_and_the_list_opens_in_full_past_its_bound()
    {
        var client = await factory.SignedIn(UserRole.Editor, "overdue-across-plans");
        Assert.Empty((await client.GetDocument("/admin")).QuerySelectorAll("tr[data-overdue]"));

        // Next year's plan starts without actuals, its year long over: every indicator is overdue.
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitForm("/admin/newyear?plan=107-secretariat", new())).StatusCode);
        var id = factory.Database.IndicatorId("8.1");
        factory.Database.Scalar("DELETE FROM actuals WHERE indicator_id = $id AND period = '2018-Q4'", new { id });
        var indicatorsPerPlan = (int)factory.Database.Count(
            "SELECT count(*) FROM indicators i JOIN goals g ON g.id = i.goal_id JOIN plans p ON p.id = g.plan_id WHERE p.slug = '108-secretariat'");

        var page = await client.GetDocument("/admin");

        Assert.Contains($"({indicatorsPerPlan + 1})", page.QuerySelector("#overdue-title")!.TextContent, StringComparison.Ordinal);
        var earlier = page.QuerySelectorAll("tr[data-plan='107-secretariat']");
        Assert.Equal("8.1", Assert.Single(earlier).GetAttribute("data-overdue"));
        Assert.Contains("plan=107-secretariat", earlier[0].QuerySelector("a")!.GetAttribute("href")!, StringComparison.Ordinal);
        var next = page.QuerySelectorAll("tr[data-plan='108-secretariat']");
        Assert.Equal(indicatorsPerPlan, next.Length);
        Assert.All(next, row => Assert.Contains("plan=108-secretariat", row.QuerySelector("a")!.GetAttribute("href")!, StringComparison.Ordinal));
        Assert.Contains("2020-01-30", next[0].TextContent, StringComparison.Ordinal);
        var group = page.QuerySelector("#overdue-108-secretariat")!;
        Assert.Contains("108-secretariat", group.TextContent, StringComparison.Ordinal);
        Assert.Equal("overdue-108-secretariat", next[0].Closest(".table-scroll")!.GetAttribute("aria-labelledby"));
        Assert.Null(page.QuerySelector("a[href*='overdue=all']"));

        // More years without actuals until the list passes its bound.
        var year = 108;
        var total = indicatorsPerPlan + 1;
        while (total <= 50)
        {
            var started = await client.SubmitForm($"/admin/newyear?plan={year}-secretariat", new());
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
            year++;
            total += indicatorsPerPlan;
        }

        var bounded = await client.GetDocument("/admin");
        Assert.Equal(50, bounded.QuerySelectorAll("tr[data-overdue]").Length);
        Assert.Contains($"({total})", bounded.QuerySelector("#overdue-title")!.TextContent, StringComparison.Ordinal);
        var status = bounded.QuerySelector("#overdue-title + p + p[role='status']")!.TextContent;
        Assert.Contains("50", status, StringComparison.Ordinal);
        Assert.Contains(total.ToString(System.Globalization.CultureInfo.InvariantCulture), status, StringComparison.Ordinal);
        var all = bounded.QuerySelector("a[href*='overdue=all']")!.GetAttribute("href")!;

        var full = await client.GetDocument(all.Replace("&amp;", "&", StringComparison.Ordinal));
        Assert.Equal(total, full.QuerySelectorAll("tr[data-overdue]").Length);
        Assert.Single(full.QuerySelectorAll("tr[data-plan='107-secretariat']"));
    }
}
