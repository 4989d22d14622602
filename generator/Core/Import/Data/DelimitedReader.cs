using PerformancePlan.Core.Csv;

namespace PerformancePlan.Core.Import.Data;

/// <summary>One record of a delimited file: its fields and the line it starts on.</summary>
public sealed record DelimitedRecord(int Line, IReadOnlyList<string> Fields)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// The importer's view of a delimited file (CSV, or tab-separated rows pasted from a spreadsheet):
/// its non-blank records with the line each starts on, read by <see cref="SeparatedValues"/>;
/// a UTF-8 byte order mark left at the start of the text is skipped.
/// </summary>
public static class DelimitedReader
{
    public static IReadOnlyList<DelimitedRecord> Read(TextReader reader, char delimiter, string sourceName)
    {
        var text = reader.ReadToEnd();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        try
        {
            return SeparatedValues.Read(text, delimiter)
                .Where(r => !r.IsBlank)
                .Select(r => new DelimitedRecord(r.Line, r.Fields))
                .ToList();
        }
        catch (UnclosedQuoteException ex)
        {
            throw new CsvImportException(sourceName, [new CsvRowError(0, ex.Line, "", new(
                "引號未結束：檔案在引號內結束", "a quoted field is not closed: the file ends inside quotes"))]);
        }
    }
}
