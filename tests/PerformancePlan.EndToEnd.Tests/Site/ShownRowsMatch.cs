using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Site;

/// <summary>How a table on the site and the CSV behind its link must agree, dataset by dataset.</summary>
internal static class ShownRowsMatch
{
    public static void Assert(string dataset, ShownTable shown, CsvFile csv, int? goal, string where)
    {
        // On the open-data page every dataset shows its field list and row count.
        if (shown.StatedRows is not null)
        {
            Xunit.Assert.True(csv.Header.SequenceEqual(shown.Rows.Select(r => r.Cells[0])),
                $"{where}: the fields listed ({string.Join(", ", shown.Rows.Select(r => r.Cells[0]))}) differ from the CSV header ({string.Join(", ", csv.Header)})");
            Xunit.Assert.True(csv.Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) == shown.StatedRows,
                $"{where}: the page states {shown.StatedRows} rows, the CSV has {csv.Rows.Count}");
            return;
        }

        switch (dataset)
        {
            case "indicators":
                Indicators(shown, csv, goal, where);
                break;
            case "actuals":
                Actuals(shown, csv, where);
                break;
            case "budget":
                Budget(shown, csv, goal, where);
                break;
            case "exchanges":
                Exchanges(shown, csv, where);
                break;
            case "e-signature":
                ESignature(shown, csv, where);
                break;
            default:
                Xunit.Assert.Fail($"{where}: a table links to {dataset}.csv, which this test does not know how to compare");
                break;
        }
    }

    private static void Indicators(ShownTable shown, CsvFile csv, int? goal, string where)
    {
        var expected = csv.Rows.Where(r => goal is null || r["goal_number"] == goal.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Same(expected.Select(r => r["indicator_code"]), shown.Rows.Select(r => r.Data.GetValueOrDefault("indicator") ?? r.Cells[0]), where, "indicator codes");
        foreach (var row in shown.Rows)
        {
            var code = row.Data["indicator"];
            var line = expected.Single(r => r["indicator_code"] == code);
            Equal(line["weight_percent"], row.Values[1], where, code + " weight");
            Equal(line["target_value"], row.Values[3], where, code + " target");
            Equal(line["year_result"], row.Values[4], where, code + " year result");
            Equal(line["achievement_percent"], row.Values[5], where, code + " achievement");
            Xunit.Assert.True(row.Status?.Contains("status--" + line["status"].Replace('_', '-'), StringComparison.Ordinal) == true,
                $"{where}: {code} shows status {row.Status}, the CSV says {line["status"]}");
        }
    }

    private static void Actuals(ShownTable shown, CsvFile csv, string where)
    {
        Xunit.Assert.False(string.IsNullOrEmpty(shown.Indicator), $"{where}: the history table names no indicator");
        var expected = csv.Rows.Where(r => r["indicator_code"] == shown.Indicator).ToList();
        Same(expected.Select(r => r["period"]), shown.Rows.Select(r => r.Data.GetValueOrDefault("period") ?? string.Empty), where, $"periods of {shown.Indicator}");
        foreach (var (line, row) in expected.Zip(shown.Rows))
        {
            Equal(line["value"], row.Values[0], where, $"{shown.Indicator} {line["period"]} value");
            Equal(line["achievement_percent"], row.Values[1], where, $"{shown.Indicator} {line["period"]} achievement");
        }
    }

    private static void Budget(ShownTable shown, CsvFile csv, int? goal, string where)
    {
        if (shown.Rows.All(r => r.Data.ContainsKey("programme")))
        {
            // The share table: each programme's amount is the sum of its lines.
            foreach (var row in shown.Rows)
            {
                var sum = csv.Rows.Where(r => r["program_number"] == row.Data["programme"]).Sum(r => Figures.Raw(r["amount_thousand_ntd"]) ?? 0m);
                Xunit.Assert.True(sum == Figures.Number(row.Values[0]), $"{where}: programme {row.Data["programme"]} shows {row.Values[0]}, its CSV lines add up to {sum}");
            }

            Xunit.Assert.Equal(csv.Rows.Select(r => r["program_number"]).Distinct().Count(), shown.Rows.Count);
            return;
        }

        var expected = goal is null ? csv.Rows.ToList() : csv.Rows.Where(r => r["program_number"] == goal.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Xunit.Assert.True(expected.Count == shown.Rows.Count, $"{where}: the table shows {shown.Rows.Count} budget lines, the CSV has {expected.Count}");
        foreach (var (line, row) in expected.Zip(shown.Rows))
        {
            Xunit.Assert.True(row.Numbers.Count == 1, $"{where}: a budget line should have one amount column, it has {row.Numbers.Count}");
            Equal(line["amount_thousand_ntd"], row.Numbers[0], where, "line " + line["line_number"] + " amount");
        }
    }

    private static void Exchanges(ShownTable shown, CsvFile csv, string where)
    {
        if (shown.Kind == "list")
        {
            var expected = csv.Rows.Select(r => $"x-{r["date"]}-{r["exchange_id"]}");
            Same(expected, shown.Rows.Select(r => r.Id), where, "exchange entries");
            Same(csv.Rows.Select(r => r["kind"]), shown.Rows.Select(r => r.Data.GetValueOrDefault("kind") ?? string.Empty), where, "exchange kinds");
            return;
        }

        foreach (var row in shown.Rows)
        {
            if (row.Data.TryGetValue("kind", out var kind))
            {
                var count = csv.Rows.Count(r => r["kind"] == kind);
                Xunit.Assert.True(count == Figures.Number(row.Values[0]), $"{where}: {kind} shows {row.Values[0]}, the CSV has {count} entries");
            }
            else if (row.Data.TryGetValue("indicator", out var code))
            {
                var count = csv.Rows.Count(r => r["indicator_code"] == code);
                Xunit.Assert.True(count == Figures.Number(row.Values[1]), $"{where}: indicator {code} counts {row.Values[1]}, the CSV has {count} entries");
            }
            else
            {
                Xunit.Assert.Fail($"{where}: a row of the exchange table says neither its kind nor its indicator: {string.Join(" | ", row.Cells)}");
            }
        }
    }

    private static void ESignature(ShownTable shown, CsvFile csv, string where)
    {
        Same(csv.Rows.Select(r => r["month"]), shown.Rows.Select(r => r.Data.GetValueOrDefault("month") ?? string.Empty), where, "months");
        foreach (var (line, row) in csv.Rows.Zip(shown.Rows))
        {
            Equal(line["online_signed"], row.Values[0], where, line["month"] + " online signed");
            Equal(line["electronic_received"], row.Values[1], where, line["month"] + " electronic received");
            Equal(line["paper_signed_online"], row.Values[2], where, line["month"] + " paper signed online");
            Equal(line["self_drafted"], row.Values[3], where, line["month"] + " self drafted");
            Equal(line["denominator"], row.Values[4], where, line["month"] + " denominator");
            Equal(line["ratio_percent"], row.Values[5], where, line["month"] + " ratio");
        }
    }

    private static void Same(IEnumerable<string> csv, IEnumerable<string> shown, string where, string what)
    {
        var a = csv.ToList();
        var b = shown.ToList();
        Xunit.Assert.True(a.SequenceEqual(b), $"{where}: {what} differ\n  CSV:  {string.Join(", ", a)}\n  page: {string.Join(", ", b)}");
    }

    /// <summary>A raw CSV number against the same figure as the page prints it (with separators, units, or "—" for none).</summary>
    private static void Equal(string csvValue, string shownText, string where, string what)
    {
        var expected = Figures.Raw(csvValue);
        var shown = Figures.FirstNumber(shownText);
        Xunit.Assert.True(expected == shown, $"{where}: {what} is \"{shownText}\" on the page and \"{csvValue}\" in the CSV");
    }
}
