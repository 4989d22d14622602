using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Site;

[Collection(Collections.SiteData)]
public sealed class BudgetTests(PublishedSiteFixture site)
{
    private const decimal PublishedTotal = 53_628.75m;

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task The_total_reads_53628_75_thousand_ntd_and_equals_the_sum_of_the_lines_shown(string segment)
    {
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(PublicPages.Budget(PublicPages.Parse(segment)));

        var headline = await session.Page.Locator("main .big-figure").InnerTextAsync();
        Assert.Contains("53,628.75", headline, StringComparison.Ordinal);
        var footer = await session.Page.Locator("main table.budget-table tfoot td.num").InnerTextAsync();
        Assert.Equal("53,628.75", footer.Trim());

        var amounts = await session.Page.Locator("main table.budget-table tbody tr td.num").AllInnerTextsAsync();
        Assert.Equal(site.Plan.BudgetLines.Count, amounts.Count);
        Assert.Equal(PublishedTotal, amounts.Sum(Figures.Number));
        Assert.Equal(PublishedTotal, site.Plan.BudgetTotal);
        Assert.Equal(site.Plan.BudgetLines.Select(l => l.AmountThousandNtd), amounts.Select(Figures.Number));
    }
}
