using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using PerformancePlan.Generator.OpenData;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Validation;

/// <summary>
/// Reads a plan's open data back: every CSV must parse, carry the header its datapackage.json
/// names, and hold exactly the rows the database holds, cell by cell.
/// </summary>
internal static class OpenDataReadBack
{
    public static void Check(PerformancePlan.Core.Figures.PlanFigures figures, PerformancePlan.Core.Chains.IndicatorChains chains, Func<string, string> fullPath, ConcurrentBag<SiteProblem> problems)
    {
        var snapshot = figures.Snapshot;
        var packagePath = SitePaths.DataPackage(snapshot.Plan.Slug);
        Dictionary<string, List<string>> schema;
        try
        {
            using var package = JsonDocument.Parse(File.ReadAllBytes(fullPath(packagePath)));
            schema = package.RootElement.GetProperty("resources").EnumerateArray().ToDictionary(
                r => r.GetProperty("path").GetString()!,
                r => r.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList());
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            problems.Add(new(packagePath, "datapackage.json cannot be read: " + ex.Message));
            return;
        }

        foreach (var dataset in Datasets.All)
        {
            var path = SitePaths.Csv(snapshot.Plan.Slug, dataset.Name);
            List<string[]> records;
            try
            {
                records = CsvReader.Read(File.ReadAllBytes(fullPath(path)));
            }
            catch (Exception ex) when (ex is FormatException or IOException or System.Text.DecoderFallbackException)
            {
                problems.Add(new(path, "the CSV cannot be read back: " + ex.Message));
                continue;
            }

            if (!schema.TryGetValue(dataset.FileName, out var fields) || !fields.SequenceEqual(dataset.Header))
            {
                problems.Add(new(path, "the CSV header does not equal the field names in datapackage.json"));
            }

            if (records.Count == 0 || !records[0].SequenceEqual(dataset.Header))
            {
                problems.Add(new(path, "the CSV header is not " + string.Join(",", dataset.Header)));
                continue;
            }

            var expected = dataset.Rows(figures, chains).ToList();
            if (records.Count - 1 != expected.Count)
            {
                problems.Add(new(path, $"the CSV has {records.Count - 1} rows; the database holds {expected.Count}"));
                continue;
            }

            for (var r = 0; r < expected.Count; r++)
            {
                var row = records[r + 1];
                if (row.Length != dataset.Fields.Count)
                {
                    problems.Add(new(path, $"row {r + 1} has {row.Length} cells for {dataset.Fields.Count} columns"));
                    continue;
                }

                for (var c = 0; c < row.Length; c++)
                {
                    if (!CellEquals(row[c], expected[r][c]))
                    {
                        problems.Add(new(path, $"row {r + 1}, column {dataset.Fields[c].Name} reads back as \"{row[c]}\", not as the database value \"{expected[r][c]}\""));
                    }
                }
            }
        }
    }

    /// <summary>The files of a plan's open data, all of which the read-back reads.</summary>
    public static IEnumerable<string> FilesOf(string slug) =>
        Datasets.All.Select(d => SitePaths.Csv(slug, d.Name)).Append(SitePaths.DataPackage(slug));

    /// <summary>A cell read back equals the database value: text after undoing the formula guard, numbers and dates by value.</summary>
    private static bool CellEquals(string cell, object? value) => value switch
    {
        null => cell.Length == 0,
        string s => CsvFormat.Restore(cell) == s,
        decimal d => decimal.TryParse(cell, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var x) && x == d,
        int i => int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var x) && x == i,
        long l => long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var x) && x == l,
        DateOnly date => DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var x) && x == date,
        bool b => cell == (b ? "true" : "false"),
        _ => false,
    };
}
