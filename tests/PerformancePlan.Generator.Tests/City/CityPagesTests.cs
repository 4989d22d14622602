using System.Globalization;
using PerformancePlan.Core.Figures;
using PerformancePlan.Generator.OpenData;

namespace PerformancePlan.Generator.Tests.City;

public sealed class CityPagesTests(BuiltSampleCity city) : IClassFixture<BuiltSampleCity>
{
    [Fact]
    public void The_overview_is_a_grid_of_agencies_by_years_newest_first_each_cell_the_plans_achieved_of_total()
    {
        var page = city.Site.Page("zh-tw/");
        var table = page.QuerySelector("table.city-grid")!;
        Assert.Equal(["機關", "108", "107", "106"], table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["秘書處", "民政局", "財政局"], table.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent.Trim()));

        var plan = city.Plans.Single(p => p.Plan.Slug == "107-civil-affairs").Plan;
        var results = plan.Indicators.Select(city.ResultOf).ToList();
        var cell = table.QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td")[1].QuerySelector("a")!;
        Assert.Equal($"{results.Count(r => r.Status == IndicatorStatus.Achieved)}／{results.Count}", cell.TextContent);
        Assert.Equal("107-civil-affairs/", cell.GetAttribute("href"));
        Assert.Equal("agencies/civil-affairs/", table.QuerySelectorAll("tbody th a")[1].GetAttribute("href"));
    }

    [Fact]
    public void An_agency_page_lists_its_plans_newest_first_with_results_and_budgets_and_its_chains_in_both_languages()
    {
        foreach (var lang in new[] { "zh-tw", "en" })
        {
            var page = city.Site.Page($"{lang}/agencies/finance/");
            var tables = page.QuerySelectorAll("table");
            Assert.Equal(2, tables.Length);
            Assert.Equal(["../../108-finance/", "../../107-finance/", "../../106-finance/"],
                tables[0].QuerySelectorAll("tbody td:nth-child(2) a").Select(a => a.GetAttribute("href")));
            var chains = city.Chains.All.Where(c => c.AgencyCode == "finance" && c.RunsAcrossYears).ToList();
            Assert.Equal(chains.Count, tables[1].QuerySelectorAll("tbody tr").Length);
            var budget = city.Plans.Single(p => p.Plan.Slug == "108-finance").BudgetTotal;
            Assert.Equal(budget.ToString("#,##0.##", CultureInfo.InvariantCulture), tables[0].QuerySelector("tbody tr td:last-child")!.TextContent);
            Assert.NotNull(page.QuerySelector("link[hreflang=en]"));
            Assert.Equal(2, page.QuerySelectorAll(".breadcrumbs li").Length);
        }
    }

    [Fact]
    public void A_chain_page_shows_every_year_target_and_result_with_a_chart_a_table_and_a_csv_of_the_same_figures()
    {
        var chain = city.Chains.All.First(c => c.Years.Count == 3);
        var agency = chain.AgencyCode;
        var page = city.Site.Page($"en/agencies/{agency}/indicators/{chain.Id}/");
        var rows = page.QuerySelectorAll("table.data-table tbody tr");
        Assert.Equal(3, rows.Length);
        var svg = page.QuerySelector("svg.chart__svg")!;
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.NotNull(svg.QuerySelector("desc"));
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Equal(
            chain.Years.Select(y => y.Indicator.TargetValue.ToString("0.############################", CultureInfo.InvariantCulture)),
            svg.QuerySelectorAll("rect.chart__target-point").Select(r => r.GetAttribute("data-target")));
        Assert.Equal(
            chain.Years.Select(y => city.ResultOf(y.Indicator).YearResult!.Value.ToString("0.############################", CultureInfo.InvariantCulture)),
            svg.QuerySelectorAll("circle").Select(c => c.GetAttribute("data-result")));

        var csv = CsvReader.Parse(File.ReadAllText(city.Site.File($"data/chains/{chain.Id}.csv")));
        Assert.Equal(4, csv.Count);
        Assert.Equal(["106", "107", "108"], csv.Skip(1).Select(r => r[3]));
        Assert.Equal([string.Empty, $"106-{agency}/{chain.Years[0].Indicator.Code}", $"107-{agency}/{chain.Years[1].Indicator.Code}"], csv.Skip(1).Select(r => r[6]));
    }

    [Fact]
    public void A_goal_page_links_a_chained_indicator_to_its_earlier_years()
    {
        var chain = city.Chains.All.First(c => c.Years.Count == 3);
        var newest = chain.Newest.Indicator;
        var page = city.Site.Page($"zh-tw/108-{chain.AgencyCode}/goals/{newest.GoalOrdinal}/");
        var link = page.QuerySelector($"#indicator-{newest.GoalOrdinal}-{newest.Ordinal} .indicator__chain a")!;
        Assert.Equal("歷年資料", link.TextContent);
        Assert.EndsWith($"agencies/{chain.AgencyCode}/indicators/{chain.Id}/", link.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_proposed_link_is_not_followed_on_the_published_pages_until_an_editor_confirms_it()
    {
        var plan = city.Plans.Select(p => p.Plan).First(p => p.Indicators.Any(i => i.ContinuesId is not null && !i.ContinuationConfirmed));
        var proposed = plan.Indicators.First(i => i.ContinuesId is not null && !i.ContinuationConfirmed);
        var previous = city.Plans.Select(p => p.Plan).SelectMany(p => p.Indicators).Single(i => i.Id == proposed.ContinuesId);
        var earlier = city.Chains.Of(previous);
        Assert.Equal(plan.RocYear - 1, earlier.LastYear);
        Assert.True(earlier.RunsAcrossYears);

        var chainPage = city.Site.Page($"en/agencies/{plan.AgencyCode}/indicators/{earlier.Id}/");
        Assert.Equal(earlier.Years.Count, chainPage.QuerySelectorAll("table.data-table tbody tr").Length);
        Assert.DoesNotContain(chainPage.QuerySelectorAll("table.data-table tbody tr"), r => r.Children[0].TextContent.Contains(plan.RocYear.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var goalPage = city.Site.Page($"zh-tw/{plan.Slug}/goals/{proposed.GoalOrdinal}/");
        Assert.NotNull(goalPage.QuerySelector($"#indicator-{proposed.GoalOrdinal}-{proposed.Ordinal}"));
        Assert.Null(goalPage.QuerySelector($"#indicator-{proposed.GoalOrdinal}-{proposed.Ordinal} .indicator__chain a"));
    }

    [Fact]
    public void The_sitemap_lists_the_agency_and_chain_pages()
    {
        var sitemap = File.ReadAllText(city.Site.File("sitemap.xml"));
        Assert.Contains("en/agencies/finance/", sitemap, StringComparison.Ordinal);
        var chain = city.Chains.All.First(c => c.RunsAcrossYears);
        Assert.Contains($"zh-tw/agencies/{chain.AgencyCode}/indicators/{chain.Id}/", sitemap, StringComparison.Ordinal);
    }
}
