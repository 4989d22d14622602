using System.Globalization;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Site;

[Collection(SeedSiteCollection.Name)]
public sealed class GoalPageTests(BuiltSeedSite seed)
{
    private TempSite Site => seed.Site;

    private sealed record IndicatorRow(int Goal, int Ordinal, string TitleZh, string TitleEn, decimal Target, string UnitZh);

    private List<IndicatorRow> Indicators() => Site.Query(
        """
        SELECT g.ordinal AS goal, i.ordinal, i.title_zh, i.title_en, i.target_value, i.unit_zh
        FROM indicators i JOIN goals g ON g.id = i.goal_id ORDER BY g.ordinal, i.ordinal
        """,
        r => new IndicatorRow(r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetString(3),
            decimal.Parse(r.GetString(4), CultureInfo.InvariantCulture), r.GetString(5)));

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public void Each_goal_page_lists_exactly_its_indicators_with_their_targets(string language)
    {
        var indicators = Indicators();
        Assert.Equal(15, indicators.Count);
        foreach (var goal in indicators.GroupBy(i => i.Goal))
        {
            var page = Site.Page($"{language}/{TempSite.Slug}/goals/{goal.Key}/");
            var rows = page.QuerySelectorAll(".indicator-table tbody tr");
            Assert.Equal(goal.Select(i => $"{i.Goal}.{i.Ordinal}"), rows.Select(r => r.GetAttribute("data-indicator")));
            foreach (var (row, indicator) in rows.Zip(goal))
            {
                var target = row.QuerySelector("[data-target]")!;
                Assert.Equal(indicator.Target, decimal.Parse(target.GetAttribute("data-target")!, CultureInfo.InvariantCulture));
                Assert.Contains(indicator.Target.ToString("#,##0.####", CultureInfo.InvariantCulture), target.TextContent, StringComparison.Ordinal);
                Assert.Contains(language == "zh-tw" ? indicator.TitleZh : indicator.TitleEn, row.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_first_goal_shows_six_exchanges_and_twenty_delegations_as_its_targets()
    {
        var page = Site.Page($"zh-tw/{TempSite.Slug}/goals/1/");
        var targets = page.QuerySelectorAll(".indicator-table [data-target]").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["6 次", "20 團"], targets);
    }

    [Fact]
    public void Status_and_achievement_come_from_the_year_result_against_the_target_and_are_final_once_the_year_is_over()
    {
        // 1.2: 19 delegations reported by Q4 against a target of 20 is 95%: not achieved, the year being over.
        var page = Site.Page($"en/{TempSite.Slug}/goals/1/");
        var row = page.QuerySelector(".indicator-table tr[data-indicator='1.2']")!;
        Assert.Equal("19", row.QuerySelector("[data-year-result]")!.GetAttribute("data-year-result"));
        Assert.Equal("95", row.QuerySelector("[data-achievement]")!.GetAttribute("data-achievement"));
        var status = row.QuerySelector(".status")!;
        Assert.Equal("status status--not-achieved", status.GetAttribute("class"));
        // The word is the badge's whole content: its icon is drawn by the stylesheet from the class,
        // with nothing in the markup for assistive technology to read (the browser tests check the icon).
        Assert.Equal("Not achieved", status.TextContent);
        Assert.Empty(status.Children);
    }

    [Fact]
    public void Each_indicator_has_its_history_by_period_matching_the_actuals()
    {
        var actuals = Site.Query(
            """
            SELECT g.ordinal || '.' || i.ordinal AS code, a.period FROM actuals a
            JOIN indicators i ON i.id = a.indicator_id JOIN goals g ON g.id = i.goal_id WHERE g.ordinal = 2
            ORDER BY g.ordinal, i.ordinal, a.period
            """,
            r => (Code: r.GetString(0), Period: r.GetString(1)));
        var page = Site.Page($"zh-tw/{TempSite.Slug}/goals/2/");
        foreach (var indicator in actuals.GroupBy(a => a.Code))
        {
            var section = page.GetElementById("indicator-" + indicator.Key.Replace('.', '-'))!;
            Assert.Equal(indicator.Select(a => a.Period), section.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-period")));
        }
    }

    [Fact]
    public void The_e_signature_formula_is_set_as_a_fraction()
    {
        var page = Site.Page($"zh-tw/{TempSite.Slug}/goals/7/");
        var formula = page.QuerySelector(".indicator-table .formula")!;
        Assert.Equal("公文線上簽核件數", formula.QuerySelector(".formula__num")!.TextContent.Trim());
        Assert.Contains("自創簽稿數", formula.QuerySelector(".formula__den")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("100%", formula.QuerySelector(".formula__tail")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_goal_page_lists_the_budget_lines_of_the_programme_with_its_number()
    {
        var page = Site.Page($"en/{TempSite.Slug}/goals/5/");
        var amounts = page.QuerySelectorAll("[data-amount]").Select(a => a.GetAttribute("data-amount")).ToList();
        Assert.Equal(["5328.75", "22860"], amounts);
    }
}
