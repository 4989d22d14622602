using System.Globalization;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.OpenData;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.OpenData;

/// <summary>
/// A journalist's check: every derived figure recomputed from the published CSV files alone, by the
/// rules the open-data guide states (never by the generator's own code), equals what the CSV and
/// every page in both languages show.
/// </summary>
public sealed class RecomputeFromCsvTests : IDisposable
{
    private static readonly string[] Languages = ["zh-tw", "en"];
    private readonly List<TempSite> sites = [];

    public void Dispose() => sites.ForEach(s => s.Dispose());

    [Fact]
    public void Every_figure_recomputed_from_the_csv_files_of_a_closed_year_agrees_with_the_pages_in_both_languages()
    {
        var site = Built(new TempSite { AsOf = new DateOnly(2026, 11, 30) });
        var figures = Recompute(site);
        Assert.Equal((44.13m, 98.1m, "not_achieved"), (figures["7.1"].Result, figures["7.1"].Achievement, figures["7.1"].Status));
        AssertPagesAgree(site, figures);
    }

    [Fact]
    public void Every_figure_recomputed_from_the_csv_files_while_the_year_runs_agrees_with_the_pages_in_both_languages()
    {
        var site = Built(new TempSite(db =>
        {
            using var c = db.Open();
            c.Execute("DELETE FROM actuals WHERE period IN ('2018-Q3', '2018-Q4') AND indicator_id IN (SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.ordinal IN (1, 6))");
        })
        { AsOf = new DateOnly(2018, 11, 15) });
        var figures = Recompute(site);
        Assert.Contains(figures.Values, f => f.Overdue);
        Assert.Contains(figures.Values, f => f.Status is "on_track" or "behind");
        AssertPagesAgree(site, figures);
    }

    private TempSite Built(TempSite site)
    {
        sites.Add(site);
        site.Build();
        return site;
    }

    private sealed record Recomputed(decimal? Result, decimal? Achievement, string Status, bool Overdue, string Goal, Dictionary<string, decimal> Values);

    /// <summary>The open-data guide's rules 1–7, applied to the CSV files.</summary>
    private static Dictionary<string, Recomputed> Recompute(TempSite site)
    {
        var indicators = Csv(site, Datasets.Indicators);
        var actuals = Csv(site, Datasets.Actuals);
        var months = Csv(site, Datasets.ESignature);
        var result = new Dictionary<string, Recomputed>();
        foreach (var i in indicators)
        {
            var code = i["indicator_code"];
            var adYear = int.Parse(i["ad_year"], CultureInfo.InvariantCulture);
            var asOf = DateOnly.Parse(i["as_of"], CultureInfo.InvariantCulture);
            var target = Number(i["target_value"]);
            var aggregation = i["aggregation"];
            var rows = actuals.Where(a => a["indicator_code"] == code && a["period"].StartsWith(i["ad_year"], StringComparison.Ordinal))
                .OrderBy(a => a["period_end"], StringComparer.Ordinal).ToList();

            // Rule 1: a ratio's rows come from the monthly counts.
            if (aggregation == "ratio")
            {
                long numerator = 0, denominator = 0;
                var expected = new List<(string, decimal)>();
                foreach (var m in months.Where(m => m["month"].StartsWith(i["ad_year"], StringComparison.Ordinal)).OrderBy(m => m["month"], StringComparer.Ordinal))
                {
                    numerator += long.Parse(m["online_signed"], CultureInfo.InvariantCulture);
                    denominator += long.Parse(m["electronic_received"], CultureInfo.InvariantCulture) + long.Parse(m["paper_signed_online"], CultureInfo.InvariantCulture)
                        + long.Parse(m["self_drafted"], CultureInfo.InvariantCulture);
                    expected.Add((m["month"], Math.Round((decimal)numerator / denominator * 100m, 2, MidpointRounding.AwayFromZero)));
                }

                Assert.Equal(expected, rows.Select(r => (r["period"], Number(r["value"]))));
                Assert.All(rows, r => Assert.Equal("true", r["derived"]));
            }

            // Rule 2: year to date by aggregation.
            var running = 0m;
            var values = new Dictionary<string, decimal>();
            foreach (var r in rows)
            {
                running += Number(r["value"]);
                var ytd = aggregation == "per_period" ? running : Number(r["value"]);
                Assert.Equal(ytd, Number(r["year_to_date"]));
                values[r["period"]] = Number(r["value"]);
            }

            // Rules 3–4: the year's result and its achievement.
            var latest = rows.LastOrDefault();
            decimal? yearResult = latest is null ? null : Number(latest["year_to_date"]);
            decimal? achievement = yearResult is not { } y || target == 0m ? null
                : Math.Round((i["direction"] == "lower_is_better" ? target / y : y / target) * 100m, 1, MidpointRounding.AwayFromZero);

            // Rules 5–6: status.
            var endMonth = latest is null ? 0 : DateOnly.Parse(latest["period_end"], CultureInfo.InvariantCulture).Month;
            string status;
            if (asOf > new DateOnly(adYear, 12, 31))
            {
                status = achievement is null || endMonth != 12 ? "final_not_reported" : achievement >= 100m ? "achieved" : "not_achieved";
            }
            else if (achievement is null)
            {
                status = "no_data";
            }
            else
            {
                var accumulates = i["direction"] == "completion" || (i["direction"] == "higher_is_better" && aggregation is "cumulative" or "per_period");
                var expectedShare = accumulates ? Math.Round(100m * endMonth / 12m, 1, MidpointRounding.AwayFromZero) : 100m;
                status = achievement >= 100m ? "achieved" : achievement >= expectedShare ? "on_track" : "behind";
            }

            // Rule 7: overdue.
            var monthly = aggregation == "ratio" || rows.Any(r => !r["period"].Contains('Q', StringComparison.Ordinal));
            var dueDays = int.Parse(i["due_days"], CultureInfo.InvariantCulture);
            var periodEnds = Enumerable.Range(1, monthly ? 12 : 4).Select(n => new DateOnly(adYear, monthly ? n : n * 3, 1).AddMonths(1).AddDays(-1));
            var dueEnd = periodEnds.Where(end => end.AddDays(dueDays) < asOf).Select(e => (DateOnly?)e).LastOrDefault();
            var overdue = dueEnd is { } d && !rows.Any(r => DateOnly.Parse(r["period_end"], CultureInfo.InvariantCulture) >= d);

            Assert.True(yearResult == Raw(i["year_result"]), $"{code}: year_result {i["year_result"]}, recomputed {yearResult}");
            Assert.True(achievement == Raw(i["achievement_percent"]), $"{code}: achievement_percent {i["achievement_percent"]}, recomputed {achievement}");
            Assert.True(status == i["status"], $"{code}: status {i["status"]}, recomputed {status}");
            Assert.True((overdue ? "true" : "false") == i["overdue"], $"{code}: overdue {i["overdue"]}, recomputed {overdue}");
            result[code] = new Recomputed(yearResult, achievement, status, overdue, i["goal_number"], values);
        }

        return result;
    }

    private static void AssertPagesAgree(TempSite site, Dictionary<string, Recomputed> figures)
    {
        var budgetTotal = Csv(site, Datasets.Budget).Sum(b => Number(b["amount_thousand_ntd"]));
        foreach (var language in Languages)
        {
            foreach (var goal in figures.GroupBy(f => f.Value.Goal))
            {
                var page = site.Page($"{language}/{TempSite.Slug}/goals/{goal.Key}/");
                foreach (var (code, f) in goal)
                {
                    var where = $"{language} goal {goal.Key}, {code}";
                    var row = page.QuerySelector($".indicator-table tr[data-indicator='{code}']")!;
                    Assert.True(f.Status == row.GetAttribute("data-status"), $"{where}: status {row.GetAttribute("data-status")}, recomputed {f.Status}");
                    Assert.Equal(f.Result, Raw(row.QuerySelector("[data-year-result]")?.GetAttribute("data-year-result") ?? string.Empty));
                    Assert.Equal(f.Achievement, Raw(row.QuerySelector("[data-achievement]")?.GetAttribute("data-achievement") ?? string.Empty));
                    Assert.True(f.Overdue == (row.QuerySelector("[data-overdue]") is not null), $"{where}: overdue badge shown: {!f.Overdue}");
                    var history = page.QuerySelectorAll($"#indicator-{code.Replace('.', '-')} tr[data-period]")
                        .ToDictionary(r => r.GetAttribute("data-period")!, r => Number(r.QuerySelector("[data-value]")!.GetAttribute("data-value")!));
                    Assert.Equal(f.Values.OrderBy(v => v.Key), history.OrderBy(v => v.Key));
                }
            }

            var home = site.Page($"{language}/{TempSite.Slug}/");
            foreach (var goal in figures.GroupBy(f => f.Value.Goal))
            {
                var card = home.QuerySelectorAll(".goal-card").Single(c => c.QuerySelector($"a[href$='goals/{goal.Key}/']") is not null);
                foreach (var shown in card.QuerySelectorAll("[data-status]"))
                {
                    var status = shown.GetAttribute("data-status");
                    Assert.Equal(goal.Count(f => f.Value.Status == status).ToString(CultureInfo.InvariantCulture), shown.GetAttribute("data-count"));
                }

                Assert.Equal(goal.Any(f => f.Value.Overdue), card.QuerySelector("[data-overdue]") is not null);
            }

            Assert.Equal(figures.Values.Count(f => f.Status == "achieved").ToString(CultureInfo.InvariantCulture), home.QuerySelector("[data-achieved]")!.GetAttribute("data-achieved"));
            Assert.Contains(budgetTotal.ToString("#,##0.##", CultureInfo.InvariantCulture), home.QuerySelector(".glance")!.TextContent, StringComparison.Ordinal);
            var esig = site.Page($"{language}/{TempSite.Slug}/e-signature/");
            Assert.Equal(figures["7.1"].Result, Raw(esig.QuerySelector("[data-ytd]")!.GetAttribute("data-ytd")!));
            Assert.Equal(figures["7.1"].Status, esig.QuerySelector(".formula-box__result")!.GetAttribute("data-status"));
        }
    }

    private static List<Dictionary<string, string>> Csv(TempSite site, string dataset)
    {
        var records = CsvReader.Read(File.ReadAllBytes(site.File($"data/{TempSite.Slug}/{dataset}.csv")));
        return records.Skip(1).Select(r => records[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static decimal Number(string cell) => decimal.Parse(cell, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static decimal? Raw(string cell) => cell.Length == 0 ? null : Number(cell);
}
