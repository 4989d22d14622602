using System.Globalization;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Site;

[Collection(SeedSiteCollection.Name)]
public sealed class ESignaturePageTests(BuiltSeedSite seed)
{
    private sealed record Month(string Key, int Signed, int Received, int Paper, int Drafted)
    {
        public decimal Ratio => Math.Round((decimal)Signed / (Received + Paper + Drafted) * 100m, 2);
    }

    private List<Month> Months() => seed.Site.Query(
        "SELECT month, online_signed, electronic_received, paper_signed_online, self_drafted FROM esignature_months ORDER BY month",
        r => new Month(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)));

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public void The_chart_has_one_point_per_month_at_the_ratio_of_its_counts(string language)
    {
        var months = Months();
        Assert.Equal(12, months.Count);
        var page = seed.Site.Page($"{language}/{TempSite.Slug}/e-signature/");
        var points = page.QuerySelectorAll("svg.chart__svg circle[data-month]").ToList();
        Assert.Equal(months.Select(m => m.Key), points.Select(p => p.GetAttribute("data-month")));
        Assert.Equal(months.Select(m => m.Ratio), points.Select(p => decimal.Parse(p.GetAttribute("data-ratio")!, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_table_ratios_equal_the_ratios_of_the_four_counts()
    {
        var page = seed.Site.Page($"zh-tw/{TempSite.Slug}/e-signature/");
        foreach (var month in Months())
        {
            var row = page.QuerySelector($".esig-table tr[data-month='{month.Key}']")!;
            Assert.Equal(month.Signed.ToString("#,##0", CultureInfo.InvariantCulture), row.QuerySelector("[data-online-signed]")!.TextContent.Trim());
            Assert.Equal(month.Ratio.ToString("0.00", CultureInfo.InvariantCulture), row.QuerySelector("[data-ratio]")!.TextContent.Trim());
        }

        Assert.Equal("38.20", page.QuerySelector(".esig-table tr[data-month='2018-01'] [data-ratio]")!.TextContent.Trim());
    }

    [Fact]
    public void The_chart_is_accessible_text_and_draws_the_45_percent_target_without_script()
    {
        var page = seed.Site.Page($"zh-tw/{TempSite.Slug}/e-signature/");
        var svg = page.QuerySelector("svg.chart__svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("title")!.TextContent));
        Assert.Contains("45", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(svg.QuerySelector(".chart__target line"));
        Assert.Contains("45%", svg.QuerySelector(".chart__target text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(svg.QuerySelectorAll("text"), t => t.TextContent.Contains("1 月", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Contains("自創簽稿數", page.QuerySelector(".formula--display")!.TextContent, StringComparison.Ordinal);
    }
}
