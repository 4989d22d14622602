using System.Globalization;
using PerformancePlan.Core.ESignature;
using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Site;

[Collection(Collections.SiteData)]
public sealed class ESignatureTests(PublishedSiteFixture site)
{
    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task The_chart_has_one_point_per_month_on_the_right_side_of_the_45_percent_target_line(string segment)
    {
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(PublicPages.ESignature(PublicPages.Parse(segment)));
        await AssertChartAsync(session.Page, site.Plan.ESignatureMonths);
    }

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task The_tables_ratios_equal_the_ratios_of_the_counts_shown_and_the_database(string segment)
    {
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(PublicPages.ESignature(PublicPages.Parse(segment)));
        await AssertTableAsync(session.Page, site.Plan.ESignatureMonths);
    }

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task Without_javascript_the_chart_the_formula_and_the_table_can_be_read(string segment)
    {
        await using var session = await site.OpenSessionAsync(o => o.JavaScriptEnabled = false);
        await session.GotoAsync(PublicPages.ESignature(PublicPages.Parse(segment)));
        Assert.True(await session.Page.Locator("main svg").First.IsVisibleAsync(), "the chart is not shown without JavaScript");
        Assert.Contains("45", await session.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertChartAsync(session.Page, site.Plan.ESignatureMonths);
        await AssertTableAsync(session.Page, site.Plan.ESignatureMonths);
    }

    private async Task AssertChartAsync(IPage page, IReadOnlyList<ESignatureMonth> months)
    {
        var chart = page.Locator("main figure svg").First;
        Assert.False(string.IsNullOrWhiteSpace(await chart.Locator("title").First.TextContentAsync()), "the chart has no <title>");
        Assert.False(string.IsNullOrWhiteSpace(await chart.Locator("desc").First.TextContentAsync()), "the chart has no <desc>");

        var points = chart.Locator("circle");
        Assert.Equal(months.Count, await points.CountAsync());
        var pointMonths = await points.EvaluateAllAsync<string[]>("cs => cs.map(c => c.getAttribute('data-month'))");
        Assert.Equal(months.Select(m => m.MonthKey), pointMonths);

        var target = chart.Locator(".chart__target line");
        Assert.Equal(1, await target.CountAsync());
        var box = await target.BoundingBoxAsync();
        Assert.True(box is { Width: > 100 }, "the target line is not drawn across the chart");
        var targetY = double.Parse(await target.GetAttributeAsync("y1") ?? "NaN", CultureInfo.InvariantCulture);
        Assert.Equal(targetY, double.Parse(await target.GetAttributeAsync("y2") ?? "NaN", CultureInfo.InvariantCulture));
        for (var i = 0; i < months.Count; i++)
        {
            var cy = double.Parse(await points.Nth(i).GetAttributeAsync("cy") ?? "NaN", CultureInfo.InvariantCulture);
            var above = months[i].RatioPercent >= site.Plan.FindIndicator("7.1")!.TargetValue;
            Assert.True(above ? cy <= targetY : cy > targetY,
                $"{months[i].MonthKey} ({months[i].RatioPercent}%) is drawn {(cy <= targetY ? "on or above" : "below")} the 45% line");
        }
    }

    private static async Task AssertTableAsync(IPage page, IReadOnlyList<ESignatureMonth> months)
    {
        var rows = page.Locator("main table tbody tr[data-month]");
        Assert.Equal(months.Count, await rows.CountAsync());
        for (var i = 0; i < months.Count; i++)
        {
            var cells = await rows.Nth(i).Locator("td").AllInnerTextsAsync();
            var online = Figures.Number(cells[0]);
            var denominator = Figures.Number(cells[1]) + Figures.Number(cells[2]) + Figures.Number(cells[3]);
            var shownRatio = Figures.Number(cells[5]);
            Assert.Equal(Math.Round(online / denominator * 100m, 2), shownRatio);
            Assert.Equal(months[i].RatioPercent, shownRatio);
            Assert.Equal(months[i].OnlineSigned, online);
            Assert.Equal(months[i].Denominator, denominator);
        }
    }
}
