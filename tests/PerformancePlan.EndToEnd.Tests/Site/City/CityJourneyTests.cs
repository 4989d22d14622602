using System.Globalization;
using PerformancePlan.Core;
using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Site.City;

/// <summary>
/// A reader of a whole city's record: from the city overview to an agency's page, and from there to
/// one indicator followed across the years — by clicking, in both languages, each page axe-clean.
/// </summary>
[Collection(Collections.CitySite)]
public sealed class CityJourneyTests(CitySiteFixture city)
{
    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task A_reader_goes_from_the_city_overview_to_an_agency_and_follows_an_indicator_across_the_years(string segment)
    {
        var language = PublicPages.Parse(segment);
        var chain = city.Chains.All.First(c => c.Years.Count == CitySiteFixture.LastYear - CitySiteFixture.FirstYear + 1);
        var agency = city.Plans.First(p => p.Plan.AgencyCode == chain.AgencyCode).Plan.Agency;
        await using var session = await city.OpenSessionAsync();

        // 1. The overview: one row per agency, newest year first (ROC years in Chinese, AD in English).
        await session.GotoAsync($"/{segment}/");
        var grid = session.Page.Locator("main table.city-grid");
        var newestYear = language == Language.ZhTw ? CitySiteFixture.LastYear : CitySiteFixture.LastYear + 1911;
        await Assertions.Expect(grid.Locator("thead th").Nth(1)).ToHaveTextAsync(newestYear.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(grid.Locator("tbody th[scope=row]")).ToHaveCountAsync(3);
        await Accessibility.AssertNoViolationsAsync(session.Page);

        // 2. The agency, by its name in the grid.
        await grid.Locator("tbody th[scope=row] a", new() { HasText = agency.OrFallback(language) }).ClickAsync();
        Assert.EndsWith($"/{segment}/agencies/{chain.AgencyCode}/", new Uri(session.Page.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(session.Page.Locator("main h1")).ToContainTextAsync(agency.OrFallback(language));
        await Accessibility.AssertNoViolationsAsync(session.Page);

        // 3. The indicator's history, from the agency's list of indicators that run across years.
        var title = chain.Newest.Indicator.Title.OrFallback(language);
        await session.Page.Locator($"main a[href$='indicators/{chain.Id.ToString(CultureInfo.InvariantCulture)}/']").First.ClickAsync();
        Assert.EndsWith($"/{segment}/agencies/{chain.AgencyCode}/indicators/{chain.Id.ToString(CultureInfo.InvariantCulture)}/", new Uri(session.Page.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(session.Page.Locator("main h1")).ToHaveTextAsync(title);
        var rows = session.Page.Locator("main table.data-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(chain.Years.Count);
        foreach (var (year, index) in chain.Years.Reverse().Select((y, i) => (y, i)))
        {
            await Assertions.Expect(rows.Nth(index).Locator("th")).ToContainTextAsync(year.Plan.RocYear.ToString(CultureInfo.InvariantCulture));
        }

        var chart = session.Page.Locator("main svg.chart__svg");
        await Assertions.Expect(chart.Locator(":scope > title")).ToHaveCountAsync(1);
        await Assertions.Expect(chart.Locator(":scope > desc")).ToHaveCountAsync(1);
        await Accessibility.AssertNoViolationsAsync(session.Page);
        await Screenshots.SaveAsync(session.Page, $"city-journey-chain-{segment}");
        session.AssertNoPageErrors();
    }

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task A_reader_sees_an_agencys_online_signing_ratio_year_by_year_against_each_years_target(string segment)
    {
        var newest = city.Plans.First(p => p.Plan.RocYear == CitySiteFixture.LastYear).Plan;
        var years = city.Plans.Where(p => p.Plan.AgencyCode == newest.AgencyCode).OrderBy(p => p.Plan.RocYear).ToList();
        await using var session = await city.OpenSessionAsync();
        await session.GotoAsync($"/{segment}/{newest.Slug}/e-signature/");

        var rows = session.Page.Locator("main table.esig-years tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(years.Count);
        for (var i = 0; i < years.Count; i++)
        {
            var months = years[i].ESignatureMonths;
            var ratio = Math.Round((decimal)months.Sum(m => m.OnlineSigned) / months.Sum(m => m.Denominator) * 100m, 2, MidpointRounding.AwayFromZero);
            var target = years[i].Plan.Indicators.Single(x => x.Title.Zh == "公文線上簽核比率").TargetValue;
            var row = rows.Nth(i);
            Assert.Equal(years[i].Plan.RocYear.ToString(CultureInfo.InvariantCulture), await row.GetAttributeAsync("data-year"));
            Assert.Equal(ratio, decimal.Parse((await row.Locator("[data-ratio]").GetAttributeAsync("data-ratio"))!, CultureInfo.InvariantCulture));
            Assert.Equal(target, decimal.Parse((await row.Locator("[data-target]").GetAttributeAsync("data-target"))!, CultureInfo.InvariantCulture));
        }

        var chart = session.Page.Locator("main svg.chart__svg").Last;
        await Assertions.Expect(chart.Locator("circle[data-month]")).ToHaveCountAsync(years.Sum(y => y.ESignatureMonths.Count));
        await Assertions.Expect(chart.Locator(":scope > desc")).ToHaveCountAsync(1);
        await Accessibility.AssertNoViolationsAsync(session.Page);
        await Screenshots.SaveAsync(session.Page, $"city-e-signature-history-{segment}");
        session.AssertNoPageErrors();
    }
}
