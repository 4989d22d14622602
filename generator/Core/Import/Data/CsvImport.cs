using Microsoft.Data.Sqlite;
using PerformancePlan.Core.ESignature;
using PerformancePlan.Core.Exchanges;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Import.Data;

/// <summary>What an import of operational data did.</summary>
public sealed record CsvImportSummary(OperationalDataKind Kind, int Rows, int Created, int Updated, int Unchanged);

/// <summary>
/// Imports the operational data editors keep in spreadsheets: actuals, exchange entries and
/// e-signature months, from a CSV file or rows pasted from a spreadsheet (tab-separated). Every
/// row is checked first, with the domain's own rules; any bad row means nothing is written and
/// every problem is reported (<see cref="CsvImportException"/>). Then all rows are written in one
/// transaction. An actual for an indicator and period, or a month, already recorded is updated; an
/// exchange entry already in the log (same date, kind, partner city and summary) is left alone.
/// </summary>
public sealed class CsvImport(PlanDatabase database)
{
    public CsvImportSummary ImportFile(string planSlug, string path, OperationalDataKind? kind, ChangeContext context)
    {
        using var reader = new StringReader(Decode(File.ReadAllBytes(path), Path.GetFileName(path)));
        return Import(planSlug, reader, Path.GetFileName(path), kind, DataFormat.Auto, context);
    }

    /// <summary>The bytes of a file as text (<see cref="StrictUtf8"/>); an invalid byte is an error at its line.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string sourceName)
    {
        try
        {
            return StrictUtf8.Decode(bytes);
        }
        catch (InvalidUtf8Exception ex)
        {
            throw new CsvImportException(sourceName, [new CsvRowError(0, ex.Line, string.Empty, ex.Problem)]);
        }
    }

    /// <summary>Rows pasted into the admin: tab-separated from a spreadsheet or CSV text, with or without the header row when the kind is given.</summary>
    public CsvImportSummary ImportText(string planSlug, string text, OperationalDataKind? kind, DataFormat format, ChangeContext context)
    {
        using var reader = new StringReader(text);
        return Import(planSlug, reader, "pasted rows", kind, format, context);
    }

    public CsvImportSummary Import(string planSlug, TextReader reader, string sourceName, OperationalDataKind? kind, DataFormat format, ChangeContext context)
    {
        var records = Read(reader, format, sourceName);
        return database.InTransaction((c, t) => Import(c, t, planSlug, records, sourceName, kind, context));
    }

    /// <summary>Checks the rows without writing anything: the problems found, empty when all rows are valid.</summary>
    public IReadOnlyList<CsvRowError> Check(string planSlug, string text, OperationalDataKind? kind, DataFormat format)
    {
        try
        {
            using var reader = new StringReader(text);
            var records = Read(reader, format, "pasted rows");
            using var c = database.Open();
            using var t = c.BeginTransaction(deferred: true);
            Parse(PlanDataContext.Load(c, t, planSlug), records, "pasted rows", kind);
            return [];
        }
        catch (CsvImportException ex)
        {
            return ex.Errors;
        }
    }

    /// <summary>Imports inside the caller's transaction (the content seeder imports a whole plan in one).</summary>
    public static CsvImportSummary Import(
        SqliteConnection c, SqliteTransaction t, string planSlug, TextReader reader, string sourceName, OperationalDataKind? kind, DataFormat format, ChangeContext context) =>
        Import(c, t, planSlug, Read(reader, format, sourceName), sourceName, kind, context);

    private static CsvImportSummary Import(
        SqliteConnection c, SqliteTransaction t, string planSlug, IReadOnlyList<DelimitedRecord> records, string sourceName, OperationalDataKind? kind, ChangeContext context)
    {
        var plan = PlanDataContext.Load(c, t, planSlug);
        var (detected, rows) = Parse(plan, records, sourceName, kind);
        int created = 0, updated = 0, unchanged = 0;
        var existingExchanges = detected == OperationalDataKind.Exchanges
            ? ExchangeQueries.ForPlan(c, t, plan.PlanId).Select(ExchangeRows.Key).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var (row, line, value) in rows)
        {
            try
            {
                var outcome = value switch
                {
                    Actual a => WriteActual(c, t, plan, a, context),
                    Exchange e => WriteExchange(c, t, e, existingExchanges, context),
                    ESignatureMonth m => WriteMonth(c, t, m, context),
                    _ => throw new InvalidOperationException("unknown row type"),
                };
                created += outcome == Outcome.Created ? 1 : 0;
                updated += outcome == Outcome.Updated ? 1 : 0;
                unchanged += outcome == Outcome.Unchanged ? 1 : 0;
            }
            catch (ValidationException ex)
            {
                throw new CsvImportException(sourceName, ex.Errors.Select(e => new CsvRowError(row, line, e.Field, e.Message)).ToList());
            }
        }

        if (detected == OperationalDataKind.ESignature)
        {
            Figures.RatioDefaults.Apply(c, t, plan.PlanId);
        }

        return new CsvImportSummary(detected, rows.Count, created, updated, unchanged);
    }

    private static IReadOnlyList<DelimitedRecord> Read(TextReader reader, DataFormat format, string sourceName)
    {
        var text = reader.ReadToEnd();
        var firstLine = text.TrimStart('\uFEFF').Split('\n', 2)[0];
        var delimiter = format switch
        {
            DataFormat.Csv => ',',
            DataFormat.Tsv => '\t',
            _ => firstLine.Contains('\t', StringComparison.Ordinal) ? '\t' : ',',
        };
        using var again = new StringReader(text);
        var records = DelimitedReader.Read(again, delimiter, sourceName);
        if (records.Count == 0)
        {
            throw new CsvImportException(sourceName, [new CsvRowError(0, 1, string.Empty, new("檔案沒有任何資料", "the file holds no rows"))]);
        }

        return records;
    }

    /// <summary>Every row checked; throws with all the problems found, or returns the rows ready to write.</summary>
    private static (OperationalDataKind Kind, List<(int Row, int Line, object Value)> Rows) Parse(
        PlanDataContext plan, IReadOnlyList<DelimitedRecord> records, string sourceName, OperationalDataKind? kind)
    {
        var (detected, columns, data) = Header(records, sourceName, kind);
        var errors = new List<CsvRowError>();
        var rows = new List<(int, int, object)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < data.Count; i++)
        {
            var record = data[i];
            var row = i + 1;
            if (record.Fields.Count > columns.Count)
            {
                errors.Add(new CsvRowError(row, record.Line, string.Empty, new(
                    $"此列有 {record.Fields.Count} 欄，標題列只有 {columns.Count} 欄",
                    $"the row has {record.Fields.Count} fields; the header has {columns.Count}")));
                continue;
            }

            // Columns with no name (a header like a,,b,,) carry nothing and may appear more than once.
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var index = 0; index < columns.Count; index++)
            {
                if (columns[index].Length > 0)
                {
                    values.TryAdd(columns[index], index < record.Fields.Count ? record.Fields[index] : string.Empty);
                }
            }

            var fields = new RowFields(values, []);
            object? value = detected switch
            {
                OperationalDataKind.Actuals => ActualRows.Read(fields, plan),
                OperationalDataKind.Exchanges => ExchangeRows.Read(fields, plan),
                _ => ESignatureRows.Read(fields, plan),
            };
            errors.AddRange(fields.Errors.Select(e => new CsvRowError(row, record.Line, e.Field, e.Message)));
            if (value is null)
            {
                continue;
            }

            var key = value switch
            {
                Actual a => $"{fields.Text("indicator_code")} {a.Period}",
                ESignatureMonth m => m.MonthKey,
                _ => null,
            };
            if (key is not null && !seen.TryAdd(key, row))
            {
                var field = value is Actual ? "period" : "month";
                errors.Add(new CsvRowError(row, record.Line, field, new($"與第 {seen[key]} 筆重複（{key}）", $"repeats row {seen[key]} ({key})")));
                continue;
            }

            rows.Add((row, record.Line, value));
        }

        if (errors.Count > 0)
        {
            throw new CsvImportException(sourceName, errors);
        }

        return (detected, rows);
    }

    /// <summary>The kind and column order from the header row; without a header (pasted rows, kind given) the standard column order.</summary>
    private static (OperationalDataKind Kind, IReadOnlyList<string> Columns, IReadOnlyList<DelimitedRecord> Data) Header(
        IReadOnlyList<DelimitedRecord> records, string sourceName, OperationalDataKind? kind)
    {
        var header = records[0];
        var names = header.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var known = Enum.GetValues<OperationalDataKind>().SelectMany(k => k.Columns()).ToHashSet(StringComparer.Ordinal);
        if (kind is { } given && !names.Any(known.Contains))
        {
            return (given, given.Columns(), records);
        }

        var detected = kind ?? OperationalDataKinds.Detect(names);
        if (detected is null)
        {
            var expected = string.Join("; ", Enum.GetValues<OperationalDataKind>().Select(k => $"{k.Code()}: {string.Join(",", k.Columns())}"));
            throw new CsvImportException(sourceName, [new CsvRowError(0, header.Line, string.Empty, new(
                "無法由標題列判斷資料種類", $"the header row does not name the columns of any kind of data; expected {expected}"))]);
        }

        var errors = new List<CsvRowError>();
        var columns = detected.Value.Columns();
        foreach (var name in names.Where(n => n.Length > 0 && !columns.Contains(n)))
        {
            errors.Add(new CsvRowError(0, header.Line, name, new($"未知的欄位；{detected.Value.Code()} 的欄位為 {string.Join(",", columns)}",
                $"unknown column; the columns of {detected.Value.Code()} are {string.Join(",", columns)}")));
        }

        foreach (var name in names.GroupBy(n => n).Where(g => g.Key.Length > 0 && g.Count() > 1).Select(g => g.Key))
        {
            errors.Add(new CsvRowError(0, header.Line, name, new("欄位重複", "the column appears twice")));
        }

        foreach (var name in detected.Value.RequiredColumns().Where(n => !names.Contains(n)))
        {
            errors.Add(new CsvRowError(0, header.Line, name, new("缺少此欄位", "the column is missing")));
        }

        if (errors.Count > 0)
        {
            throw new CsvImportException(sourceName, errors);
        }

        return (detected.Value, names, records.Skip(1).ToList());
    }

    private enum Outcome
    {
        Created,
        Updated,
        Unchanged,
    }

    private static Outcome WriteActual(SqliteConnection c, SqliteTransaction t, PlanDataContext plan, Actual a, ChangeContext context)
    {
        var before = c.Query("SELECT * FROM actuals WHERE indicator_id = $IndicatorId AND period = $Period", PlanReader.ReadActual, t,
            new { a.IndicatorId, Period = a.Period.ToString() }).SingleOrDefault();
        if (before is not null && before.Value == a.Value && before.Note.Zh == a.Note.Zh.Trim() && before.Note.En == a.Note.En.Trim()
            && before.Source == a.Source.Trim() && before.ReportedOn == a.ReportedOn)
        {
            return Outcome.Unchanged;
        }

        ActualStore.Save(c, t, plan.PlanId, a, before?.Version ?? 0, context);
        return before is null ? Outcome.Created : Outcome.Updated;
    }

    private static Outcome WriteExchange(SqliteConnection c, SqliteTransaction t, Exchange e, HashSet<string> existing, ChangeContext context)
    {
        if (!existing.Add(ExchangeRows.Key(e)))
        {
            return Outcome.Unchanged;
        }

        ExchangeStore.Create(c, t, e, context);
        return Outcome.Created;
    }

    private static Outcome WriteMonth(SqliteConnection c, SqliteTransaction t, ESignatureMonth m, ChangeContext context)
    {
        var before = ESignatureStore.Find(c, t, m.PlanId, m.MonthKey);
        if (before is not null && before.OnlineSigned == m.OnlineSigned && before.ElectronicReceived == m.ElectronicReceived
            && before.PaperSignedOnline == m.PaperSignedOnline && before.SelfDrafted == m.SelfDrafted)
        {
            return Outcome.Unchanged;
        }

        ESignatureStore.Save(c, t, m, before?.Version ?? 0, context);
        return before is null ? Outcome.Created : Outcome.Updated;
    }
}
