using System.Globalization;
using System.Text;
using PerformancePlan.Core.Csv;

namespace PerformancePlan.Generator.OpenData;

/// <summary>
/// RFC 4180 CSV as the open-data rules want it: UTF-8 with BOM, CRLF line ends, ISO dates, raw
/// invariant numbers, and text that a spreadsheet could run as a formula neutralised with a
/// leading apostrophe. The records are written by <see cref="SeparatedValues"/>.
/// </summary>
public static class CsvFormat
{
    public static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The file's bytes: BOM, header, rows (each cell neutralised), CRLF after each record.</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<object?[]> rows) =>
        Encode(SeparatedValues.Write(Records(header, rows)));

    /// <summary>Text as the site's CSV files hold it: UTF-8 after a byte order mark.</summary>
    public static byte[] Encode(string text)
    {
        var preamble = Utf8WithBom.GetPreamble();
        var bytes = new byte[preamble.Length + Utf8WithBom.GetByteCount(text)];
        preamble.CopyTo(bytes, 0);
        Utf8WithBom.GetBytes(text, 0, text.Length, bytes, preamble.Length);
        return bytes;
    }

    /// <summary>How a typed value is written in a cell, before quoting.</summary>
    public static string Cell(object? value, bool neutralise = true) => value switch
    {
        null => string.Empty,
        string s => neutralise ? Neutralise(s) : s,
        decimal d => Text.Formats.Raw(d),
        int i => Text.Formats.Raw(i),
        long l => l.ToString(CultureInfo.InvariantCulture),
        DateOnly date => Text.Formats.Iso(date),
        bool b => b ? "true" : "false",
        _ => throw new ArgumentException($"No CSV form for a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>
    /// Prefixes text that begins with <c>= + - @</c>, tab or carriage return with an apostrophe,
    /// so a spreadsheet shows it instead of running it. Text that already begins with an
    /// apostrophe before one of those is prefixed too, so reading back is exact.
    /// </summary>
    public static string Neutralise(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var risky = Array.IndexOf(FormulaStarts, text[0]) >= 0
            || (text[0] == '\'' && text.Length > 1 && (Array.IndexOf(FormulaStarts, text[1]) >= 0 || text[1] == '\''));
        return risky ? "'" + text : text;
    }

    /// <summary>The inverse of <see cref="Neutralise"/>.</summary>
    public static string Restore(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && (Array.IndexOf(FormulaStarts, cell[1]) >= 0 || cell[1] == '\'') ? cell[1..] : cell;

    private static IEnumerable<IReadOnlyList<string>> Records(IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        yield return header;
        foreach (var row in rows)
        {
            if (row.Length != header.Count)
            {
                throw new InvalidOperationException($"A row has {row.Length} cells for {header.Count} columns.");
            }

            yield return Array.ConvertAll(row, cell => Cell(cell));
        }
    }
}
