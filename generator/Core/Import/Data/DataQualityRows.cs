using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Import.Data;

/// <summary>
/// Reads a plan folder's <c>data-quality.csv</c> (indicator_code, then source, method, frequency,
/// limitations and responsible_unit, each as _zh and _en) and writes each indicator's statement.
/// </summary>
public static class DataQualityRows
{
    public const string FileName = "data-quality.csv";

    private static readonly string[] Columns =
    [
        "indicator_code", "source_zh", "source_en", "method_zh", "method_en", "frequency_zh", "frequency_en",
        "limitations_zh", "limitations_en", "responsible_unit_zh", "responsible_unit_en",
    ];

    public static int Import(SqliteConnection c, SqliteTransaction t, string planSlug, TextReader reader, string sourceName, ChangeContext context)
    {
        var records = DelimitedReader.Read(reader, ',', sourceName).Where(r => !r.IsBlank).ToList();
        var header = records.Count == 0 ? [] : records[0].Fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToList();
        var missing = Columns.Where(col => !header.Contains(col, StringComparer.Ordinal)).ToList();
        if (records.Count == 0 || missing.Count > 0)
        {
            throw new CsvImportException(sourceName, [new CsvRowError(0, records.Count == 0 ? 1 : records[0].Line, string.Join(", ", missing),
                new("缺少欄位：" + string.Join("、", missing), "missing columns: " + string.Join(", ", missing)))]);
        }

        var plan = PlanDataContext.Load(c, t, planSlug);
        var written = 0;
        foreach (var (record, row) in records.Skip(1).Select((r, i) => (r, i + 1)))
        {
            string Cell(string column)
            {
                var index = header.IndexOf(column);
                return index < record.Fields.Count ? record.Fields[index].Trim() : string.Empty;
            }

            Bilingual Pair(string prefix) => new(Cell(prefix + "_zh"), Cell(prefix + "_en"));

            var code = Cell("indicator_code");
            if (!plan.IndicatorIds.TryGetValue(code, out var indicatorId))
            {
                throw new CsvImportException(sourceName, [new CsvRowError(row, record.Line, "indicator_code", new(
                    $"本計畫沒有指標 {code}", $"the plan has no indicator {code} (expected one of {string.Join(", ", plan.IndicatorCodes)})"))]);
            }

            var version = Convert.ToInt64(c.Scalar("SELECT version FROM indicators WHERE id = $indicatorId", t, new { indicatorId }), System.Globalization.CultureInfo.InvariantCulture);
            try
            {
                FigureSettingsStore.SetDataQuality(c, t, plan.PlanId, indicatorId,
                    new DataQuality(Pair("source"), Pair("method"), Pair("frequency"), Pair("limitations"), Pair("responsible_unit")), version, context);
            }
            catch (ValidationException ex)
            {
                throw new CsvImportException(sourceName, ex.Errors.Select(e => new CsvRowError(row, record.Line, e.Field, e.Message)).ToList());
            }

            written++;
        }

        return written;
    }
}
