using System.Text.RegularExpressions;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Site;

/// <summary>The figures' new page parts: year results by aggregation, rules, data quality, as-of, ROC dates, plurals.</summary>
[Collection(SeedSiteCollection.Name)]
public sealed partial class FiguresPageTests(BuiltSeedSite seed)
{
    private TempSite Site => seed.Site;

    [Theory]
    [InlineData("zh-tw", "未達成")]
    [InlineData("en", "Not achieved")]
    public void Indicator_7_1_reads_not_achieved_at_44_13_percent_on_goal_7_the_plan_home_and_the_e_signature_page(string language, string notAchieved)
    {
        var goal = Site.Page($"{language}/{TempSite.Slug}/goals/7/");
        var row = goal.QuerySelector(".indicator-table tr[data-indicator='7.1']")!;
        Assert.Equal("44.13", row.QuerySelector("[data-year-result]")!.GetAttribute("data-year-result"));
        Assert.Equal("98.1", row.QuerySelector("[data-achievement]")!.GetAttribute("data-achievement"));
        Assert.Contains(notAchieved, row.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("ratio", goal.QuerySelector("#indicator-7-1 [data-aggregation]")!.GetAttribute("data-aggregation"));
        Assert.Contains("99,314 ÷ 225,041", goal.QuerySelector("#indicator-7-1 tr[data-period='2018-12']")!.TextContent, StringComparison.Ordinal);

        var home = Site.Page($"{language}/{TempSite.Slug}/");
        var card = home.QuerySelectorAll(".goal-card").Single(c => c.QuerySelector("a[href$='goals/7/']") is not null);
        Assert.Equal("1", card.QuerySelector("[data-status='not_achieved']")!.GetAttribute("data-count"));
        Assert.Equal("0", card.QuerySelector("[data-status='achieved']")!.GetAttribute("data-count"));

        var esig = Site.Page($"{language}/{TempSite.Slug}/e-signature/");
        Assert.Equal("44.13", esig.QuerySelector("[data-ytd]")!.GetAttribute("data-ytd"));
        Assert.Equal("not_achieved", esig.QuerySelector(".formula-box__result")!.GetAttribute("data-status"));
    }

    [Theory]
    [InlineData("zh-tw", "資料品質說明", "計畫未載明")]
    [InlineData("en", "Data-quality statement", "Not stated in the plan")]
    public void Every_indicator_on_its_goal_page_has_a_data_quality_statement_with_five_items(string language, string title, string notStated)
    {
        for (var g = 1; g <= 8; g++)
        {
            var page = Site.Page($"{language}/{TempSite.Slug}/goals/{g}/");
            foreach (var indicator in page.QuerySelectorAll("section.indicator"))
            {
                var statement = indicator.QuerySelector(".data-quality")!;
                Assert.Equal(title, statement.QuerySelector("h4")!.TextContent);
                Assert.Equal(["source", "method", "frequency", "limitations", "unit"], statement.QuerySelectorAll("dd").Select(d => d.GetAttribute("data-dq")!));
                Assert.Equal(notStated, statement.QuerySelector("dd[data-dq='source']")!.TextContent.Trim());
                Assert.NotNull(indicator.QuerySelector(".indicator__rule"));
            }
        }
    }

    [Fact]
    public void Chinese_pages_date_in_the_roc_calendar_and_english_pages_in_ad()
    {
        var zh = Site.Page($"zh-tw/{TempSite.Slug}/goals/8/");
        Assert.Contains("民國 107 年第 1 季", zh.QuerySelector("tr[data-period='2018-Q1'] th")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("108 年 1 月 17 日", zh.QuerySelector("tr[data-period='2018-Q4']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("最後更新：108 年 1 月 17 日", Site.Page($"zh-tw/{TempSite.Slug}/").Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("2019 年", Site.Html($"zh-tw/{TempSite.Slug}/goals/8/"), StringComparison.Ordinal);

        var en = Site.Page($"en/{TempSite.Slug}/goals/8/");
        Assert.Contains("Q1 2018", en.QuerySelector("tr[data-period='2018-Q1'] th")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("17 January 2019", en.QuerySelector("tr[data-period='2018-Q4']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void No_english_page_pairs_the_number_one_with_a_plural()
    {
        foreach (var path in Site.HtmlFiles().Where(p => p.StartsWith("en/", StringComparison.Ordinal)))
        {
            var text = Site.Page(path).Body!.TextContent;
            var match = OneWithPlural().Match(text);
            Assert.False(match.Success, $"{path} says \"{match.Value}\"");
        }

        Assert.Contains("1 volume", Site.Page($"en/{TempSite.Slug}/goals/2/").Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_home_names_the_city_labels_the_total_for_what_it_is_and_says_the_weights_add_up_to_50_percent()
    {
        var zh = Site.Page($"zh-tw/{TempSite.Slug}/");
        Assert.Equal("桃園市政府秘書處 107 年度施政計畫", zh.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("重要施政計畫經費合計", zh.QuerySelector(".glance")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("本文件所列權重合計 50%", zh.QuerySelector(".as-of")!.TextContent, StringComparison.Ordinal);
        var en = Site.Page($"en/{TempSite.Slug}/");
        Assert.Contains("Total of the programs listed in the plan", en.QuerySelector(".glance")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The weights in this document add up to 50%.", en.QuerySelector(".as-of")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void English_pages_spell_program_the_us_way()
    {
        foreach (var path in Site.HtmlFiles().Where(p => p.StartsWith("en/", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("rogramme", Site.Page(path).Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"(?<![\d.,])1 (exchanges|delegations|volumes|events|reports|cities|visitors|spaces|people|indicators|entries|problems|months)\b")]
    private static partial Regex OneWithPlural();
}

/// <summary>Builds that judge statuses as of a date inside the fiscal year.</summary>
public sealed class AsOfBuildTests : IDisposable
{
    // Without 1.1's Q3 figure, due 30 days after 30 September, 1.1 is overdue on 15 November 2018.
    private readonly TempSite site = new(db =>
    {
        using var c = db.Open();
        c.Execute(
            """
            DELETE FROM actuals WHERE period IN ('2018-Q3', '2018-Q4') AND indicator_id =
                (SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.ordinal = 1 AND i.ordinal = 1)
            """);
    })
    { AsOf = new DateOnly(2018, 11, 15) };

    public void Dispose() => site.Dispose();

    [Theory]
    [InlineData("zh-tw", "逾期未更新")]
    [InlineData("en", "Overdue")]
    public void An_indicator_whose_due_period_has_no_figure_carries_an_overdue_badge_on_its_goal_page_and_the_plan_home(string language, string badge)
    {
        site.Build();
        var goal = site.Page($"{language}/{TempSite.Slug}/goals/1/");
        Assert.Equal(badge, goal.QuerySelector(".indicator-table tr[data-indicator='1.1'] [data-overdue]")!.TextContent.Trim());
        Assert.Null(goal.QuerySelector(".indicator-table tr[data-indicator='1.2'] [data-overdue]"));
        Assert.NotNull(goal.QuerySelector("#indicator-1-1 .indicator__overdue"));
        var home = site.Page($"{language}/{TempSite.Slug}/");
        var card = home.QuerySelectorAll(".goal-card").Single(c => c.QuerySelector("a[href$='goals/1/']") is not null);
        Assert.NotNull(card.QuerySelector("[data-overdue]"));
        Assert.Equal("1", home.QuerySelector("[data-overdue-count]")!.GetAttribute("data-overdue-count"));
        Assert.Equal("2018-11-15", home.QuerySelector("[data-as-of]")!.GetAttribute("data-as-of"));
    }

    [Fact]
    public void Two_builds_with_the_same_as_of_date_are_byte_identical_and_another_date_changes_the_statuses()
    {
        site.Build(Path.Combine(site.Directory, "one"));
        site.Build(Path.Combine(site.Directory, "two"));
        Assert.Equal(TreeHash.Of(Path.Combine(site.Directory, "one")), TreeHash.Of(Path.Combine(site.Directory, "two")));

        site.AsOf = new DateOnly(2019, 3, 1);
        site.Build(Path.Combine(site.Directory, "three"));
        var csv = File.ReadAllText(Path.Combine(site.Directory, "three", "data", TempSite.Slug, "indicators.csv"));
        Assert.Contains("final_not_reported", csv, StringComparison.Ordinal);
    }
}

/// <summary>The checks run before anything is written or swapped.</summary>
public sealed class PublishCheckTests : IDisposable
{
    private readonly TempSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void A_build_with_a_check_error_is_blocked_and_the_previous_site_stays()
    {
        site.Build();
        var before = TreeHash.Of(site.Output);
        using (var c = site.Database.Open())
        {
            c.Execute("UPDATE actuals SET value = '120' WHERE period = '2018-Q2' AND indicator_id = (SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.ordinal = 5 AND i.ordinal = 2)");
        }

        var ex = Assert.Throws<PerformancePlan.Generator.Pipeline.PublishCheckException>(() => site.Build());
        Assert.False(ex.WarningsOnly);
        Assert.Contains("5.2 2018-Q2: the percentage 120% is outside 0–100", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, TreeHash.Of(site.Output));
    }

    [Fact]
    public async Task A_build_with_warnings_needs_them_acknowledged()
    {
        site.AcceptWarnings = false;
        using (var c = site.Database.Open())
        {
            c.Execute("UPDATE goals SET weight_percent = '11' WHERE ordinal = 1");
        }

        var ex = Assert.Throws<PerformancePlan.Generator.Pipeline.PublishCheckException>(() => site.Build());
        Assert.True(ex.WarningsOnly);
        Assert.False(Directory.Exists(site.Output));
        await PerformancePlan.Generator.Pipeline.SiteBuilder.BuildAsync(site.Options() with { AcceptWarnings = true });
        Assert.True(File.Exists(site.File("en/index.html")));
    }
}
