using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Store;
using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Site;

/// <summary>The figures' page parts as a reader sees them, in both languages, checked with axe.</summary>
[Collection(Collections.SitePages)]
public sealed class FiguresTests(PublishedSiteFixture site)
{
    [Theory]
    [InlineData("zh-tw", "未達成", "資料品質說明", "本年度已結束，狀態為最終結果。")]
    [InlineData("en", "Not achieved", "Data-quality statement", "The fiscal year is over: statuses are final.")]
    public async Task Goal_7_shows_7_1_not_achieved_at_44_13_percent_with_its_rule_data_quality_and_dates_and_passes_axe(
        string segment, string notAchieved, string dataQuality, string final)
    {
        var language = PublicPages.Parse(segment);
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(PublicPages.Goal(language, 7));
        var page = session.Page;

        var row = page.Locator("main table.indicator-table tr[data-indicator='7.1']");
        await Assertions.Expect(row.Locator("[data-year-result]")).ToContainTextAsync("44.13%");
        await Assertions.Expect(row.Locator(".status")).ToHaveTextAsync(notAchieved);
        await Assertions.Expect(row.Locator(".result-when")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main .as-of").First).ToHaveTextAsync(final);
        var statement = page.Locator("#indicator-7-1 .data-quality");
        await Assertions.Expect(statement.Locator("h4")).ToHaveTextAsync(dataQuality);
        Assert.Equal(5, await statement.Locator("dd").CountAsync());
        await Assertions.Expect(page.Locator("#indicator-7-1 .indicator__rule")).ToBeVisibleAsync();
        Assert.Equal(IndicatorStatus.NotAchieved, site.Figures[site.Plan.FindIndicator("7.1")!].Status);

        await Accessibility.AssertNoViolationsAsync(page);
        session.AssertNoPageErrors();
    }

    [Theory]
    [InlineData("zh-tw", "逾期未更新")]
    [InlineData("en", "Overdue")]
    public async Task An_overdue_indicator_shows_its_badge_on_the_goal_page_and_the_plan_home_and_both_pass_axe(string segment, string badge)
    {
        var language = PublicPages.Parse(segment);
        var work = Directory.CreateTempSubdirectory("pp-e2e-overdue-").FullName;
        try
        {
            var database = new PlanDatabase(Path.Combine(work, "plan.db"));
            await SiteBuild.SeedAndBuildAsync(database, Path.Combine(work, "site"), new DateOnly(2018, 11, 15), db =>
            {
                using var c = db.Open();
                c.Execute("DELETE FROM actuals WHERE period IN ('2018-Q3', '2018-Q4') AND indicator_id IN (SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.ordinal = 1 AND i.ordinal = 1)");
            });
            await using var server = await StaticSiteServer.StartAsync(Path.Combine(work, "site"));
            await using var session = await site.Browser.OpenSessionAsync(server.BaseUrl, null);

            await session.GotoAsync(PublicPages.Goal(language, 1));
            await Assertions.Expect(session.Page.Locator("main tr[data-indicator='1.1'] [data-overdue]")).ToHaveTextAsync(badge);
            await Assertions.Expect(session.Page.Locator("#indicator-1-1 .indicator__overdue")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(session.Page);

            await session.GotoAsync(PublicPages.PlanHome(language));
            await Assertions.Expect(session.Page.Locator("main .goal-card [data-overdue]")).ToHaveCountAsync(1);
            await Accessibility.AssertNoViolationsAsync(session.Page);
            session.AssertNoPageErrors();
        }
        finally
        {
            PlanDatabase.ReleaseFiles();
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
