using System.Globalization;
using System.Text;
using System.Text.Json;
using PerformancePlan.Generator.OpenData;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.OpenData;

[Collection(SeedSiteCollection.Name)]
public sealed class OpenDataFileTests(BuiltSeedSite seed)
{
    private TempSite Site => seed.Site;

    private List<Dictionary<string, string>> Csv(string dataset)
    {
        var bytes = File.ReadAllBytes(Site.File($"data/{TempSite.Slug}/{dataset}.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var records = CsvReader.Read(bytes);
        return records.Skip(1).Select(r => records[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static decimal Number(string cell) => decimal.Parse(cell, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    [Fact]
    public void Budget_csv_has_the_database_lines_raw_with_no_total_row()
    {
        var rows = Csv(Datasets.Budget);
        var db = Site.Query("SELECT ordinal, programme_ordinal, items_zh, amount_thousand_ntd, note_zh FROM budget_lines ORDER BY ordinal",
            r => (Ordinal: r.GetInt32(0), Programme: r.GetInt32(1), Items: r.GetString(2), Amount: r.GetString(3), Note: r.GetString(4)));
        Assert.Equal(db.Count, rows.Count);
        foreach (var (row, line) in rows.Zip(db))
        {
            Assert.Equal(line.Ordinal.ToString(CultureInfo.InvariantCulture), row["line_number"]);
            Assert.Equal(line.Programme.ToString(CultureInfo.InvariantCulture), row["program_number"]);
            Assert.Equal(line.Items, row["items_zh"]);
            Assert.Equal(Number(line.Amount), Number(row["amount_thousand_ntd"]));
            Assert.Equal(line.Note, row["note_zh"]);
            Assert.Equal("107", row["roc_year"]);
            Assert.Equal("2018", row["ad_year"]);
        }

        Assert.Equal(53628.75m, rows.Sum(r => Number(r["amount_thousand_ntd"])));
        Assert.DoesNotContain(rows, r => r["amount_thousand_ntd"].Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void E_signature_csv_has_the_four_counts_and_a_ratio_that_recomputes_from_them()
    {
        var rows = Csv(Datasets.ESignature);
        var db = Site.Query("SELECT month, online_signed, electronic_received, paper_signed_online, self_drafted FROM esignature_months ORDER BY month",
            r => (Month: r.GetString(0), Counts: new[] { r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4) }));
        Assert.Equal(db.Select(m => m.Month), rows.Select(r => r["month"]));
        foreach (var (row, month) in rows.Zip(db))
        {
            int[] counts = [int.Parse(row["online_signed"], CultureInfo.InvariantCulture), int.Parse(row["electronic_received"], CultureInfo.InvariantCulture),
                int.Parse(row["paper_signed_online"], CultureInfo.InvariantCulture), int.Parse(row["self_drafted"], CultureInfo.InvariantCulture)];
            Assert.Equal(month.Counts, counts);
            Assert.Equal(Math.Round((decimal)counts[0] / (counts[1] + counts[2] + counts[3]) * 100m, 2, MidpointRounding.AwayFromZero), Number(row["ratio_percent"]));
            Assert.Equal("45", row["target_percent"]);
        }
    }

    [Fact]
    public void Exchanges_actuals_goals_and_indicators_csv_hold_every_database_row()
    {
        var exchanges = Site.Query("SELECT id, date, kind, summary_zh, summary_en, delegation_size FROM exchanges ORDER BY date DESC, id DESC",
            r => (Id: r.GetInt64(0), Date: r.GetString(1), Kind: r.GetString(2), Zh: r.GetString(3), En: r.GetString(4), Size: r.IsDBNull(5) ? "" : r.GetInt32(5).ToString(CultureInfo.InvariantCulture)));
        var rows = Csv(Datasets.Exchanges);
        Assert.Equal(exchanges.Select(e => (e.Id.ToString(CultureInfo.InvariantCulture), e.Date, e.Kind, e.Zh, e.En, e.Size)),
            rows.Select(r => (r["exchange_id"], r["date"], r["kind"], CsvFormat.Restore(r["summary_zh"]), CsvFormat.Restore(r["summary_en"]), r["delegation_size"])));

        var actuals = Site.Query(
            """
            SELECT g.ordinal || '.' || i.ordinal, a.period, a.value, a.reported_on FROM actuals a
            JOIN indicators i ON i.id = a.indicator_id JOIN goals g ON g.id = i.goal_id ORDER BY g.ordinal, i.ordinal, a.period
            """,
            r => (r.GetString(0), r.GetString(1), Number(r.GetString(2)), r.GetString(3)));
        Assert.Equal(actuals, Csv(Datasets.Actuals).Where(r => r["derived"] == "false").Select(r => (r["indicator_code"], r["period"], Number(r["value"]), r["reported_on"])));
        Assert.Equal(12, Csv(Datasets.Actuals).Count(r => r["derived"] == "true" && r["indicator_code"] == "7.1"));

        var goals = Site.Query("SELECT ordinal, title_zh, title_en, weight_percent FROM goals ORDER BY ordinal", r => (r.GetInt32(0).ToString(CultureInfo.InvariantCulture), r.GetString(1), r.GetString(2), Number(r.GetString(3))));
        Assert.Equal(goals, Csv(Datasets.Goals).Select(r => (r["goal_number"], r["title_zh"], r["title_en"], Number(r["weight_percent"]))));

        var indicators = Csv(Datasets.Indicators);
        Assert.Equal(15, indicators.Count);
        var esig = indicators.Single(r => r["indicator_code"] == "7.1");
        Assert.Equal("45", esig["target_value"]);
        Assert.Equal("%", esig["unit_zh"]);
        Assert.Contains("/", esig["measurement_zh"], StringComparison.Ordinal);
        var delegations = indicators.Single(r => r["indicator_code"] == "1.2");
        Assert.Equal(("20", "19", "95", "not_achieved"), (delegations["target_value"], delegations["year_result"], delegations["achievement_percent"], delegations["status"]));
        Assert.Equal(("44.13", "98.1", "not_achieved", "ratio"), (esig["year_result"], esig["achievement_percent"], esig["status"], esig["aggregation"]));
    }

    [Fact]
    public void Every_csv_header_equals_its_datapackage_fields_and_the_licence_is_named()
    {
        using var package = JsonDocument.Parse(File.ReadAllBytes(Site.File($"data/{TempSite.Slug}/datapackage.json")));
        var root = package.RootElement;
        var licence = root.GetProperty("licenses")[0];
        Assert.Contains("Open Government Data License, version 1.0", licence.GetProperty("title").GetString(), StringComparison.Ordinal);
        var resources = root.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(7, resources.Count);
        foreach (var resource in resources)
        {
            var path = resource.GetProperty("path").GetString()!;
            var header = CsvReader.Read(File.ReadAllBytes(Site.File($"data/{TempSite.Slug}/{path}")))[0];
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(header, fields.Select(f => f.GetProperty("name").GetString()));
            Assert.All(header, h => Assert.Matches("^[a-z][a-z0-9_]*$", h));
            Assert.All(fields, f =>
            {
                Assert.False(string.IsNullOrEmpty(f.GetProperty("type").GetString()));
                Assert.False(string.IsNullOrEmpty(f.GetProperty("description_zh").GetString()));
                Assert.False(string.IsNullOrEmpty(f.GetProperty("description_en").GetString()));
            });
            Assert.Contains(header, h => h == "roc_year");
            Assert.Contains(header, h => h == "ad_year");
        }

        var amount = resources.Single(r => r.GetProperty("name").GetString() == "budget").GetProperty("schema").GetProperty("fields")
            .EnumerateArray().Single(f => f.GetProperty("name").GetString() == "amount_thousand_ntd");
        Assert.Equal("number", amount.GetProperty("type").GetString());
        Assert.Equal("NT$ thousand", amount.GetProperty("unit").GetString());
        Assert.Equal("千元", amount.GetProperty("unit_zh").GetString());
    }

    [Fact]
    public void Csv_files_use_crlf_and_iso_dates()
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(Site.File($"data/{TempSite.Slug}/actuals.csv"))[3..]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(Csv(Datasets.Actuals), r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", r["reported_on"]));
    }
}
