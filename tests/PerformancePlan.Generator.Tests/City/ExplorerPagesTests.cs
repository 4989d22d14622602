using System.Globalization;
using System.Text.Json;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.Generator.Bench;
using PerformancePlan.Generator.Pipeline;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.City;

public sealed class ExplorerPagesTests(BuiltSampleCity city) : IClassFixture<BuiltSampleCity>
{
    [Fact]
    public void The_explorer_lists_each_year_with_its_indicators_counted_by_status_newest_first()
    {
        var page = city.Site.Page("zh-tw/indicators/");
        Assert.Equal("績效指標查詢", page.QuerySelector("h1")!.TextContent);
        var rows = page.QuerySelectorAll("table.explorer-years tbody tr");
        Assert.Equal(["108", "107", "106"], rows.Select(r => r.GetAttribute("data-year")));
        foreach (var row in rows)
        {
            var year = int.Parse(row.GetAttribute("data-year")!, CultureInfo.InvariantCulture);
            var results = city.Plans.Where(p => p.Plan.RocYear == year).SelectMany(p => p.Plan.Indicators).Select(city.ResultOf).ToList();
            Assert.Equal(results.Count.ToString(CultureInfo.InvariantCulture), row.QuerySelectorAll("td")[0].TextContent);
            foreach (var cell in row.QuerySelectorAll("td[data-status]"))
            {
                var status = cell.GetAttribute("data-status");
                Assert.Equal(results.Count(r => r.Status.Code() == status).ToString(CultureInfo.InvariantCulture), cell.TextContent);
            }

            Assert.Equal(results.Count, row.QuerySelectorAll("td[data-status]").Sum(c => int.Parse(c.TextContent, CultureInfo.InvariantCulture)));
            Assert.Equal($"{year}/", row.QuerySelector("th a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void The_explorer_links_each_agency_and_year_to_that_plans_table_on_the_year_page()
    {
        var page = city.Site.Page("en/indicators/");
        var table = page.QuerySelector("table.explorer-agencies")!;
        Assert.Equal(["Secretariat", "Department of Civil Affairs", "Department of Finance"], table.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent.Trim()));
        var link = table.QuerySelectorAll("tbody tr")[2].QuerySelectorAll("td")[1].QuerySelector("a")!;
        Assert.Equal("107/#agency-finance", link.GetAttribute("href"));
        var plan = city.Plans.Single(p => p.Plan.Slug == "107-finance").Plan;
        Assert.Equal(plan.Indicators.Count().ToString(CultureInfo.InvariantCulture), link.TextContent);
        Assert.NotNull(city.Site.Page("en/indicators/107/").QuerySelector("#agency-finance table"));
    }

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public void A_year_page_lists_every_indicator_of_the_year_agency_by_agency_with_the_figures_of_its_goal_page(string lang)
    {
        var page = city.Site.Page($"{lang}/indicators/107/");
        var sections = page.QuerySelectorAll("section.explorer-plan");
        Assert.Equal(["agency-secretariat", "agency-civil-affairs", "agency-finance"], sections.Select(s => s.Id));
        foreach (var section in sections)
        {
            var snapshot = city.Plans.Single(p => p.Plan.RocYear == 107 && "agency-" + p.Plan.AgencyCode == section.Id);
            var rows = section.QuerySelectorAll("tbody tr");
            Assert.Equal(snapshot.Plan.Indicators.Select(i => i.Code), rows.Select(r => r.GetAttribute("data-indicator")));
            Assert.Equal(snapshot.Plan.Indicators.Select(i => city.ResultOf(i).Status.Code()), rows.Select(r => r.GetAttribute("data-status")));
            foreach (var (row, indicator) in rows.Zip(snapshot.Plan.Indicators))
            {
                Assert.Equal($"../../{snapshot.Plan.Slug}/goals/{indicator.GoalOrdinal}/#indicator-{indicator.GoalOrdinal}-{indicator.Ordinal}", row.QuerySelector("th a")!.GetAttribute("href"));
                var goalPage = city.Site.Page($"{lang}/{snapshot.Plan.Slug}/goals/{indicator.GoalOrdinal}/");
                var goalRow = goalPage.QuerySelector($"tr[data-indicator='{indicator.Code}']")!;
                Assert.Equal(goalRow.QuerySelectorAll("td.num")[1].TextContent, row.QuerySelectorAll("td.num")[0].TextContent);
                Assert.Equal(goalRow.QuerySelectorAll("td.num")[3].TextContent.Trim(), row.QuerySelectorAll("td.num")[2].TextContent.Trim().Replace("–", "—", StringComparison.Ordinal));
                Assert.Equal(goalRow.QuerySelector(".status")!.TextContent, row.QuerySelector(".status")!.TextContent);
            }

            Assert.Equal($"../../../data/{snapshot.Plan.Slug}/indicators.csv", section.QuerySelector(".csv-link a")!.GetAttribute("href"));
        }

        Assert.Equal("page", page.QuerySelector(".year-nav a[href='./']")!.GetAttribute("aria-current"));
        Assert.Equal(3, page.QuerySelectorAll(".breadcrumbs li").Length);
        Assert.NotNull(page.QuerySelector("link[hreflang=en]"));
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public void The_explorer_index_holds_every_indicator_once_with_the_figures_the_pages_show(string lang)
    {
        using var index = JsonDocument.Parse(File.ReadAllBytes(city.Site.File($"{lang}/indicators/index.json")));
        var root = index.RootElement;
        var statuses = root.GetProperty("statuses").EnumerateArray().Select(s => s.GetString()!).ToList();
        var plans = root.GetProperty("plans").EnumerateArray().ToList();
        var agencies = root.GetProperty("agencies").EnumerateArray().ToList();
        var goals = root.GetProperty("goals").EnumerateArray().ToList();
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(city.Plans.Sum(p => p.Plan.Indicators.Count()), rows.Count);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var goal = goals[row[0].GetInt32()];
            var plan = plans[goal[0].GetInt32()];
            var agency = agencies[plan[0].GetInt32()][0];
            var snapshot = city.Plans.Single(p => p.Plan.AgencyCode == agency.GetString() && p.Plan.RocYear == plan[1].GetInt32());
            var indicator = snapshot.Plan.Indicators.Single(i => i.Code == row[1].GetString());
            Assert.True(seen.Add(snapshot.Plan.Slug + "/" + indicator.Code));
            var result = city.ResultOf(indicator);
            Assert.Equal(result.Status.Code(), statuses[row[11].GetInt32()]);
            Assert.Equal(result.YearResult, row[7].ValueKind == JsonValueKind.Null ? null : row[7].GetDecimal());
            Assert.Equal(indicator.TargetValue, row[5].GetDecimal());
            Assert.Equal(indicator.Title.OrFallback(lang == "en" ? PerformancePlan.Core.Language.En : PerformancePlan.Core.Language.ZhTw), row[2].GetString());
            var href = row[12].GetString()!;
            Assert.Equal($"../{snapshot.Plan.Slug}/goals/{indicator.GoalOrdinal}/#indicator-{indicator.GoalOrdinal}-{indicator.Ordinal}", href);
        }
    }

    [Fact]
    public void The_explorer_is_reached_from_the_home_page_and_every_page_footer_and_is_in_the_sitemap()
    {
        Assert.Equal("indicators/", city.Site.Page("zh-tw/").QuerySelector("main .home-links a")!.GetAttribute("href"));
        Assert.Contains(city.Site.Page("en/108-finance/budget/").QuerySelectorAll(".site-footer a"), a => a.GetAttribute("href") == "../../indicators/");
        var sitemap = File.ReadAllText(city.Site.File("sitemap.xml"));
        Assert.Contains("<loc>/en/indicators/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>/zh-tw/indicators/106/</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_figure_rewrites_the_explorer_index_and_the_whole_city_files_it_changes_and_equals_a_build_from_nothing()
    {
        using var site = new TempSite(db => SampleCity.Write(db, 2, 107, 108, new DateOnly(2020, 1, 15)), seed: false) { AsOf = BuiltSampleCity.AsOf };
        string Release(string name) => Path.Combine(site.Directory, "releases", name);
        BuildResult Build(string name, string? previous) =>
            SiteBuilder.BuildAsync(site.Options(Release(name)) with { PreviousRelease = previous is null ? null : Release(previous) }).GetAwaiter().GetResult();

        Build("1", null);
        var unchanged = Build("2", "1");
        Assert.Equal(0, unchanged.FilesWritten);
        var before = TreeHash.Of(Release("2"));

        var snapshot = new PlanReader(site.Database).LoadAll().Single(p => p.Plan.Slug == "108-secretariat");
        var indicator = snapshot.Plan.Indicators.First(i => i.Actuals.Count > 0);
        var actual = indicator.Actuals[^1];
        new ActualStore(site.Database).Save(snapshot.Plan.Id, actual with { Value = actual.Value + 1 }, actual.Version, TempSite.Context);
        var edited = Build("3", "2");
        Build("4", null);

        var after = TreeHash.Of(Release("3"));
        Assert.Equal(TreeHash.Of(Release("4")), after);
        var differ = after.Where(f => !before.TryGetValue(f.Key, out var old) || old != f.Value).Select(f => f.Key).ToList();
        Assert.Contains("data/all/actuals.csv", differ);
        Assert.Contains("data/all.zip", differ);
        Assert.Contains("zh-tw/indicators/index.json", differ);
        Assert.Contains("en/indicators/108/index.html", differ);
        Assert.DoesNotContain("data/all/budget.csv", differ);
        Assert.Equal(differ.Count(f => f != ".build-manifest.json"), edited.FilesWritten);
    }
}
