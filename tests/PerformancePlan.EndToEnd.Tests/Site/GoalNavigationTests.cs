using System.Globalization;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Site;

[Collection(Collections.SitePages)]
public sealed class GoalNavigationTests(PublishedSiteFixture site)
{
    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task The_home_page_cards_show_each_goals_weight_and_indicator_statuses_as_in_the_database(string segment)
    {
        var language = PublicPages.Parse(segment);
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(PublicPages.PlanHome(language));

        var cards = session.Page.Locator("main .goal-card");
        Assert.Equal(site.Plan.Plan.Goals.Count, await cards.CountAsync());
        foreach (var goal in site.Plan.Plan.Goals)
        {
            var card = cards.Filter(new() { Has = session.Page.Locator($"a[href$='goals/{goal.Ordinal}/']") });
            Assert.Equal(1, await card.CountAsync());
            Assert.Equal(goal.WeightPercent, Figures.Number(await card.Locator(".goal-card__weight").InnerTextAsync()));
            var statuses = site.Figures.For(goal).Select(r => r.Status).ToList();
            foreach (var status in IndicatorStatuses.For(site.Figures.YearIsOver))
            {
                var shown = card.Locator($"[data-status='{status.Code()}']");
                Assert.Equal(statuses.Count(s => s == status), Figures.Number(await shown.InnerTextAsync()));
            }
        }
    }

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task At_desktop_width_every_goals_indicator_table_fits_its_region_so_the_status_is_seen_without_scrolling(string segment)
    {
        var language = PublicPages.Parse(segment);
        await using var session = await site.OpenSessionAsync();
        foreach (var goal in site.Plan.Plan.Goals)
        {
            await session.GotoAsync(PublicPages.Goal(language, goal.Ordinal));
            await session.Page.EvaluateAsync("() => document.fonts.ready");
            var hidden = await session.Page.EvaluateAsync<int>("() => { const region = document.querySelector('.indicator-table').closest('.table-scroll'); return region.scrollWidth - region.clientWidth; }");
            Assert.True(hidden <= 0, $"{session.Page.Url}: at {BrowserSession.DesktopWidth} px the indicator table is {hidden} px wider than its region, so its last columns are reached only by scrolling it");
        }
    }

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task Home_leads_to_every_goal_page_and_back_and_each_shows_the_databases_weights_targets_actuals_and_statuses(string segment)
    {
        var language = PublicPages.Parse(segment);
        var home = site.BaseUrl + PublicPages.PlanHome(language);
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(PublicPages.PlanHome(language));

        foreach (var goal in site.Plan.Plan.Goals)
        {
            await session.Page.Locator($"main .goal-card a[href$='goals/{goal.Ordinal}/']").ClickAsync();
            await Assertions.Expect(session.Page).ToHaveURLAsync(site.BaseUrl + PublicPages.Goal(language, goal.Ordinal));
            Assert.Contains(goal.Title.OrFallback(language), await session.Page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
            await AssertIndicatorTableAsync(session.Page, goal, site.Figures);

            await session.Page.GoBackAsync();
            await Assertions.Expect(session.Page).ToHaveURLAsync(home);
        }

        session.AssertNoPageErrors();
    }

    /// <summary>Each indicator row as a visitor reads it: weight, target, the year's result, achievement and status.</summary>
    private static async Task AssertIndicatorTableAsync(IPage page, StrategicGoal goal, PlanFigures figures)
    {
        var rows = page.Locator("main table.indicator-table tbody tr");
        Assert.Equal(goal.Indicators.Count, await rows.CountAsync());
        foreach (var indicator in goal.Indicators)
        {
            var row = page.Locator($"main table.indicator-table tbody tr[data-indicator='{indicator.Code}']");
            var cells = await row.Locator("td, th").AllInnerTextsAsync();
            var where = $"goal {goal.Ordinal}, indicator {indicator.Code} on {page.Url}";
            var progress = figures[indicator];

            Assert.True(cells.Count == 8, $"{where}: expected 8 cells, found {cells.Count}");
            Assert.True(indicator.WeightPercent == Figures.Number(cells[2]), $"{where}: weight shows \"{cells[2]}\", the database holds {indicator.WeightPercent}");
            Assert.True(indicator.TargetValue == Figures.Number(cells[4]), $"{where}: target shows \"{cells[4]}\", the database holds {indicator.TargetValue}");
            Assert.True(progress.YearResult == Figures.FirstNumber(cells[5]), $"{where}: the year's result shows \"{cells[5]}\", expected {progress.YearResult?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
            Assert.True(progress.AchievementPercent == Figures.FirstNumber(cells[6]), $"{where}: achievement shows \"{cells[6]}\", expected {progress.AchievementPercent?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
            var status = row.Locator(".status");
            Assert.Contains(Figures.StatusClass(progress.Status), await status.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(await status.InnerTextAsync()), $"{where}: the status has no words, only colour");
        }
    }
}
