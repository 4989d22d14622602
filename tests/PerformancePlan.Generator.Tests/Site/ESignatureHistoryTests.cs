using System.Globalization;
using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.OpenData;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Site;

/// <summary>
/// The e-signature page of an agency with two years (the seed plan's 107 and a 108 started from it,
/// with three months and its own target): the whole monthly series, each year's target, and each
/// year's ratio (Σ online-signed ÷ Σ denominator of its months) against it, in a table and a CSV.
/// </summary>
public sealed class ESignatureHistoryTests : IClassFixture<ESignatureHistoryTests.TwoYears>
{
    private static readonly int[] AdYears = [2018, 2019];

    private readonly TwoYears years;

    public ESignatureHistoryTests(TwoYears years) => this.years = years;

    [Theory]
    [InlineData("zh-tw", "107-secretariat")]
    [InlineData("en", "108-secretariat")]
    public void Each_years_e_signature_page_shows_every_year_with_its_ratio_of_summed_months_against_its_target(string language, string slug)
    {
        var page = years.Site.Page($"{language}/{slug}/e-signature/");
        var rows = page.QuerySelectorAll("table.esig-years tbody tr").ToList();
        Assert.Equal(["107", "108"], rows.Select(r => r.GetAttribute("data-year")));
        foreach (var (row, year) in rows.Zip(AdYears))
        {
            var months = years.Months(year);
            var ratio = Math.Round((decimal)months.Sum(m => m.Signed) / months.Sum(m => m.Denominator) * 100m, 2, MidpointRounding.AwayFromZero);
            Assert.Equal(months.Count.ToString(CultureInfo.InvariantCulture), row.Children[1].TextContent.Trim());
            Assert.Equal(months.Sum(m => m.Signed).ToString(CultureInfo.InvariantCulture), row.QuerySelector("[data-online-signed]")!.GetAttribute("data-online-signed"));
            Assert.Equal(ratio, decimal.Parse(row.QuerySelector("[data-ratio]")!.GetAttribute("data-ratio")!, CultureInfo.InvariantCulture));
        }

        Assert.Equal(["45", "50"], rows.Select(r => r.QuerySelector("[data-target]")!.GetAttribute("data-target")));
        Assert.Equal(slug == "107-secretariat" ? 1 : 0, rows[1].QuerySelectorAll("th a").Length);
        Assert.Equal(slug == "108-secretariat" ? 1 : 0, rows[0].QuerySelectorAll("th a").Length);
    }

    [Fact]
    public void The_chart_shows_every_month_of_every_year_and_each_years_target_with_a_title_and_a_description()
    {
        var page = years.Site.Page("en/108-secretariat/e-signature/");
        var chart = page.QuerySelector("#esig-history-chart-title")!.ParentElement!;
        var all = years.Months(2018).Concat(years.Months(2019)).ToList();
        Assert.Equal(all.Select(m => m.Key), chart.QuerySelectorAll("circle[data-month]").Select(c => c.GetAttribute("data-month")));
        Assert.Equal(["45", "50"], chart.QuerySelectorAll(".chart__target line").Select(l => l.GetAttribute("data-target")));
        Assert.Contains("FY2019 (ROC 108) ", chart.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public void The_csv_of_the_years_holds_the_summed_counts_the_ratio_and_the_target_of_the_table()
    {
        var csv = CsvReader.Parse(File.ReadAllText(years.Site.File("data/agencies/secretariat/e-signature-years.csv")));
        Assert.Equal(CityCsv.ESignatureYearsHeader, csv[0]);
        var table = years.Site.Page("zh-tw/108-secretariat/e-signature/").QuerySelectorAll("table.esig-years tbody tr").ToList();
        Assert.Equal(table.Count, csv.Count - 1);
        foreach (var (row, line) in table.Zip(csv.Skip(1)))
        {
            Assert.Equal(row.GetAttribute("data-year"), line[2]);
            Assert.Equal(row.QuerySelector("[data-online-signed]")!.GetAttribute("data-online-signed"), line[5]);
            Assert.Equal(row.QuerySelector("[data-denominator]")!.GetAttribute("data-denominator"), line[6]);
            Assert.Equal(row.QuerySelector("[data-ratio]")!.GetAttribute("data-ratio"), line[7]);
            Assert.Equal(row.QuerySelector("[data-target]")!.GetAttribute("data-target"), line[8]);
        }
    }

    [Fact]
    public void The_agency_page_links_to_the_history_on_its_newest_plans_e_signature_page_and_a_one_year_agency_has_none()
    {
        var link = years.Site.Page("zh-tw/agencies/secretariat/").QuerySelector("#esig-title + p a")!;
        Assert.Equal("../../108-secretariat/e-signature/#history-title", link.GetAttribute("href"));

        using var oneYear = new TempSite();
        oneYear.Build();
        Assert.Null(oneYear.Page("zh-tw/agencies/secretariat/").QuerySelector("#esig-title"));
        Assert.Null(oneYear.Page($"zh-tw/{TempSite.Slug}/e-signature/").QuerySelector("#history-title"));
        Assert.False(File.Exists(oneYear.File("data/agencies/secretariat/e-signature-years.csv")));
    }

    /// <summary>The seed plan, next year's plan started from it with a target of 50% for its ratio indicator, three months reported in 2019.</summary>
    public sealed class TwoYears : IDisposable
    {
        public TwoYears()
        {
            Site = new TempSite(db =>
            {
                new NextYearPlan(db).Start(TempSite.Slug, 108, TempSite.Context);
                using var c = db.Open();
                c.Execute(
                    """
                    UPDATE indicators SET target_value = '50' WHERE id IN (
                        SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id JOIN plans p ON p.id = g.plan_id
                        WHERE p.slug = '108-secretariat' AND i.aggregation = 'ratio')
                    """);
                foreach (var (month, signed, received, paper, drafted) in new[] { ("2019-01", 9100, 11000, 600, 7000), ("2019-02", 8000, 9000, 500, 6400), ("2019-03", 9900, 10900, 700, 7100) })
                {
                    c.Execute(
                        """
                        INSERT INTO esignature_months (plan_id, month, online_signed, electronic_received, paper_signed_online, self_drafted)
                        VALUES ((SELECT id FROM plans WHERE slug = '108-secretariat'), $month, $signed, $received, $paper, $drafted)
                        """,
                        null,
                        new { month, signed, received, paper, drafted });
                }
            });
            Site.Build();
        }

        public TempSite Site { get; }

        public List<(string Key, int Signed, int Denominator)> Months(int adYear)
        {
            using var c = Site.Database.Open();
            return c.Query(
                "SELECT month, online_signed, electronic_received + paper_signed_online + self_drafted FROM esignature_months WHERE month LIKE $year ORDER BY month",
                r => (r.GetString(0), r.GetInt32(1), r.GetInt32(2)),
                null,
                new { year = adYear.ToString(CultureInfo.InvariantCulture) + "-%" });
        }

        public void Dispose() => Site.Dispose();
    }
}
