namespace PerformancePlan.Core.Import.Data;

/// <summary>
/// A problem with one field of one row of an imported file: <c>row 3 (line 4): field 'value': …</c>.
/// Row 0 is the header (or the file as a whole).
/// </summary>
public sealed record CsvRowError(int Row, int Line, string Field, Bilingual Message)
{
    public override string ToString() => Describe(Language.En);

    public string Describe(Language language) => language == Language.ZhTw
        ? Row == 0
            ? $"第 {Line} 行：{(Field.Length > 0 ? $"欄位「{Field}」：" : string.Empty)}{Message.Zh}"
            : $"第 {Row} 筆（第 {Line} 行）：欄位「{Field}」：{Message.Zh}"
        : Row == 0
            ? $"line {Line}: {(Field.Length > 0 ? $"field '{Field}': " : string.Empty)}{Message.En}"
            : $"row {Row} (line {Line}): field '{Field}': {Message.En}";
}

/// <summary>An imported file with invalid rows: every problem found, and nothing was written.</summary>
public sealed class CsvImportException(string sourceName, IReadOnlyList<CsvRowError> errors)
    : Exception($"{sourceName}: {errors.Count} problem{(errors.Count == 1 ? string.Empty : "s")}, nothing imported:{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
{
    public string SourceName { get; } = sourceName;

    public IReadOnlyList<CsvRowError> Errors { get; } = errors;
}
