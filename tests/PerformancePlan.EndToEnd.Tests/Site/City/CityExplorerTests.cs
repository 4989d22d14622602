using System.Globalization;
using PerformancePlan.Core;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.EndToEnd.Tests.Harness;
using PerformancePlan.Generator.Site;
using PerformancePlan.Generator.Text;

namespace PerformancePlan.EndToEnd.Tests.Site.City;

/// <summary>
/// The indicator explorer over a city of several agencies and years, with and without JavaScript,
/// in both languages: the rows it lists are compared with the figures of the build's database, not
/// with counts written here. The city is small (3 agencies × 3 years) so every list fits on one
/// screen of rows and the run stays short; the script's time on a whole city is the bench's
/// (tests/bench-explorer.sh), not a test's.
/// </summary>
[Collection(Collections.CitySite)]
public sealed class CityExplorerTests(CitySiteFixture city)
{
    private const string Rows = "#explorer tbody tr";
    private const int Year = CitySiteFixture.LastYear;

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task Filtering_to_not_achieved_in_one_year_lists_exactly_those_indicators_and_the_address_reopens_the_view(string segment)
    {
        var language = PublicPages.Parse(segment);
        var text = CityText.For(language);
        var expected = city.Indicators.Where(i => i.Snapshot.Plan.RocYear == Year && i.Result.Status == IndicatorStatus.NotAchieved).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < city.Indicators.Count(i => i.Snapshot.Plan.RocYear == Year), "the year has indicators achieved too, so the status filter is tested on a real subset");

        await using var session = await city.OpenSessionAsync();
        await session.GotoAsync(PublicPages.Explorer(language));
        var page = session.Page;
        await Assertions.Expect(page.Locator("#explorer [role=status]")).ToHaveTextAsync(Count(text, city.Indicators.Count));
        await page.GetByLabel(text.FilterYear, new() { Exact = true }).SelectOptionAsync(Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel(text.FilterStatus, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = IndicatorStatus.NotAchieved.Name().OrFallback(language) });

        await Assertions.Expect(page.Locator("#explorer [role=status]")).ToHaveTextAsync(Count(text, expected.Count));
        await Assertions.Expect(page.Locator(Rows)).ToHaveCountAsync(expected.Count);
        var shown = await page.Locator(Rows).EvaluateAllAsync<string[]>("rows => rows.map(r => r.getAttribute('data-status') + ' ' + r.cells[1].textContent)");
        Assert.All(shown, s => Assert.Equal("not_achieved " + text.YearShort(Year), s));
        Assert.Equal(Links(expected), await ShownLinksAsync(page));
        Assert.EndsWith($"{PublicPages.Explorer(language)}?year={Year}&status=not_achieved", page.Url, StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        await session.GotoAsync(new Uri(page.Url).PathAndQuery);
        await Assertions.Expect(page.GetByLabel(text.FilterYear, new() { Exact = true })).ToHaveValueAsync(Year.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByLabel(text.FilterStatus, new() { Exact = true })).ToHaveValueAsync("not_achieved");
        await Assertions.Expect(page.Locator(Rows)).ToHaveCountAsync(expected.Count);
        Assert.Equal(Links(expected), await ShownLinksAsync(page));
        session.AssertNoPageErrors();
    }

    [Theory]
    [InlineData("zh-tw", "開放資料")]
    [InlineData("en", "開放資料")]
    [InlineData("en", "residents' satisfaction")]
    [InlineData("zh-tw", "Satisfaction")]
    public async Task Words_in_chinese_or_english_list_the_indicators_that_hold_them_in_either_language(string segment, string words)
    {
        var language = PublicPages.Parse(segment);
        var text = CityText.For(language);
        var expected = city.Indicators.Where(i => Matches(i, language, words)).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < city.Indicators.Count, $"'{words}' is in some indicators' texts, not all");

        await using var session = await city.OpenSessionAsync();
        await session.GotoAsync(PublicPages.Explorer(language));
        var page = session.Page;
        await Assertions.Expect(page.Locator("#explorer [role=status]")).ToHaveTextAsync(Count(text, city.Indicators.Count));
        await page.GetByLabel(text.FilterText, new() { Exact = true }).FillAsync(words);

        await Assertions.Expect(page.Locator("#explorer [role=status]")).ToHaveTextAsync(Count(text, expected.Count));
        await Assertions.Expect(page.Locator(Rows)).ToHaveCountAsync(expected.Count);
        Assert.Equal(Links(expected), await ShownLinksAsync(page));
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = text.FilterReset }).ClickAsync();
        await Assertions.Expect(page.Locator("#explorer [role=status]")).ToHaveTextAsync(Count(text, city.Indicators.Count));
        Assert.EndsWith(PublicPages.Explorer(language), page.Url, StringComparison.Ordinal);
        session.AssertNoPageErrors();
    }

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task Without_javascript_the_explorer_leads_to_a_page_per_year_with_every_indicator_of_that_year_and_its_status(string segment)
    {
        var language = PublicPages.Parse(segment);
        var text = CityText.For(language);
        var ofYear = city.Indicators.Where(i => i.Snapshot.Plan.RocYear == Year).ToList();
        await using var session = await city.OpenSessionAsync(o => o.JavaScriptEnabled = false);
        await session.GotoAsync(PublicPages.Explorer(language));
        var page = session.Page;
        await Assertions.Expect(page.Locator("#explorer")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("table.explorer-years tbody tr")).ToHaveCountAsync(city.Plans.Select(p => p.Plan.RocYear).Distinct().Count());

        await page.Locator("table.explorer-years").GetByRole(AriaRole.Link, new() { Name = text.YearShort(Year), Exact = true }).ClickAsync();
        Assert.EndsWith($"/{segment}/indicators/{Year}/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        var rows = page.Locator("section.explorer-plan tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(ofYear.Count);
        await Assertions.Expect(page.Locator("section.explorer-plan tbody tr[data-status=not_achieved]"))
            .ToHaveCountAsync(ofYear.Count(i => i.Result.Status == IndicatorStatus.NotAchieved));
        var links = await page.Locator("section.explorer-plan tbody tr th a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(Links(ofYear), links.Select(h => h.Replace("../../", "../", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        session.AssertNoPageErrors();

        // axe-core is a script: it cannot run where scripts are off. The same two pages as a visitor
        // without JavaScript sees them are checked with the explorer's script answered by an empty one.
        await using var checking = await city.OpenSessionAsync();
        await checking.Page.RouteAsync("**/indicator-explorer*.js", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/javascript", Body = string.Empty }));
        foreach (var path in new[] { PublicPages.Explorer(language), $"/{segment}/indicators/{Year}/" })
        {
            await checking.GotoAsync(path);
            await Assertions.Expect(checking.Page.Locator("#explorer")).ToBeHiddenAsync();
            await Accessibility.AssertNoViolationsAsync(checking.Page);
        }

        checking.AssertNoPageErrors();
    }

    /// <summary>The status line the script writes: the count, and how many are listed when not all are.</summary>
    private static string Count(CityText text, int matches)
    {
        const int Page = 100;
        var line = matches == 0 ? text.ResultsNone
            : matches == 1 ? text.ResultsCountOne
            : text.ResultsCount.Replace("{0}", matches.ToString("#,##0", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return matches > Page ? line + text.ResultsListed.Replace("{0}", Page.ToString("#,##0", CultureInfo.InvariantCulture), StringComparison.Ordinal) : line;
    }

    /// <summary>Where each indicator's row links, relative to the explorer's page: its goal page, at the indicator.</summary>
    private static IEnumerable<string> Links(IEnumerable<(PlanSnapshot Snapshot, IndicatorResult Result)> rows) =>
        rows.Select(i => $"../{i.Snapshot.Plan.Slug}/goals/{i.Result.Indicator.GoalOrdinal}/#indicator-{i.Result.Indicator.GoalOrdinal}-{i.Result.Indicator.Ordinal}")
            .Order(StringComparer.Ordinal);

    private static async Task<IEnumerable<string>> ShownLinksAsync(IPage page) =>
        (await page.Locator(Rows + " th a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).Order(StringComparer.Ordinal);

    /// <summary>
    /// Whether every word is in the indicator's texts as the explorer's page shows them or in the other
    /// language (agency, year, goal, code and title, after NFKC folding and in lower case): the rule
    /// the explorer states, written here independently of its script.
    /// </summary>
    private static bool Matches((PlanSnapshot Snapshot, IndicatorResult Result) row, Language language, string words)
    {
        var plan = row.Snapshot.Plan;
        var indicator = row.Result.Indicator;
        var goal = plan.Goals.Single(g => g.Ordinal == indicator.GoalOrdinal);
        var other = language.Other();
        var haystack = Fold(string.Join("\n",
            plan.Agency.OrFallback(language), plan.Agency.In(other) ?? string.Empty, CityText.For(language).YearShort(plan.RocYear),
            PlanTexts.GoalTitle(goal, language), goal.Title.In(other) ?? string.Empty,
            indicator.Code, indicator.Title.OrFallback(language), indicator.Title.In(other) ?? string.Empty));
        return Fold(words).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => haystack.Contains(w, StringComparison.Ordinal));
    }

    private static string Fold(string text) => text.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant();
}
