using System.Globalization;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Site;

[Collection(SeedSiteCollection.Name)]
public sealed class BudgetPageTests(BuiltSeedSite seed)
{
    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public void The_budget_total_reads_53_628_75_and_equals_the_sum_of_the_lines(string language)
    {
        var page = seed.Site.Page($"{language}/{TempSite.Slug}/budget/");
        Assert.Equal("53,628.75", page.QuerySelector(".big-figure__value")!.TextContent.Trim());
        Assert.Equal("53,628.75", page.QuerySelector("tfoot [data-total]")!.TextContent.Trim());
        var lines = page.QuerySelectorAll(".budget-table tbody [data-amount]").Select(a => decimal.Parse(a.GetAttribute("data-amount")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(9, lines.Count);
        Assert.Equal(53628.75m, lines.Sum());
    }

    [Fact]
    public void Amounts_have_thousands_separators_and_the_multi_year_note_is_shown()
    {
        var page = seed.Site.Page($"zh-tw/{TempSite.Slug}/budget/");
        var shown = page.QuerySelectorAll(".budget-table tbody [data-amount]").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("5,328.75", shown);
        Assert.Contains("22,860", shown);
        Assert.Contains("45,800", page.QuerySelector(".budget-table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_programme_share_is_its_amount_over_the_total()
    {
        var page = seed.Site.Page($"en/{TempSite.Slug}/budget/");
        var shares = page.QuerySelectorAll(".share-table tr[data-programme]")
            .ToDictionary(r => r.GetAttribute("data-programme")!, r => decimal.Parse(r.QuerySelector("[data-share]")!.GetAttribute("data-share")!, CultureInfo.InvariantCulture));
        Assert.Equal(Math.Round(7300m / 53628.75m * 100m, 1), shares["1"]);
        Assert.Equal(Math.Round((5328.75m + 22860m) / 53628.75m * 100m, 1), shares["5"]);
        Assert.Equal(8, shares.Count);
    }

    [Fact]
    public void The_plan_home_shows_the_budget_total()
    {
        var page = seed.Site.Page($"zh-tw/{TempSite.Slug}/");
        Assert.Contains("53,628.75", page.QuerySelector(".glance")!.TextContent, StringComparison.Ordinal);
    }
}
