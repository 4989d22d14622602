using nietras.SeparatedValues;

namespace PerformancePlan.Core.Csv;

/// <summary>One record of a delimited text: its fields and the line it starts on (1-based).</summary>
public sealed record SeparatedRecord(int Line, IReadOnlyList<string> Fields)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}

/// <summary>A delimited text that cannot be read: a quoted field still open at the end of the text.</summary>
public sealed class UnclosedQuoteException(int line)
    : FormatException($"line {line}: a quoted field is not closed: the text ends inside quotes")
{
    /// <summary>The line the unclosed quote opens on.</summary>
    public int Line { get; } = line;
}

/// <summary>
/// Reading and writing delimited text (CSV, or tab-separated rows pasted from a spreadsheet) with
/// Sep, the one CSV library of the product. Text in, text out: decoding and the byte order mark are
/// the caller's step, so how bytes become text is decided in one place per entry path.
/// </summary>
public static class SeparatedValues
{
    /// <summary>
    /// Every record of <paramref name="text"/> (blank lines included), each with the line it starts on:
    /// quoted fields may hold the delimiter, doubled quotes and line breaks; lines may end in CRLF, LF or CR;
    /// records may have different numbers of fields.
    /// </summary>
    /// <exception cref="UnclosedQuoteException">A quote opens a field that the text never closes.</exception>
    public static List<SeparatedRecord> Read(string text, char delimiter)
    {
        var records = new List<SeparatedRecord>();
        using var reader = Sep.New(delimiter)
            .Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true })
            .FromText(text);
        var line = 1;
        foreach (var row in reader)
        {
            // A record starts where the one before it ended; Sep counts the lines a record spans.
            if (UnclosedQuoteLine(row.Span, line) is { } open)
            {
                throw new UnclosedQuoteException(open);
            }

            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            records.Add(new SeparatedRecord(line, fields));
            line = row.LineNumberToExcl;
        }

        return records;
    }

    /// <summary>
    /// Writes the records with CRLF after each; a field holding the delimiter, a quote or a line break
    /// is quoted, its quotes doubled (RFC 4180).
    /// </summary>
    public static string Write(IEnumerable<IReadOnlyList<string>> records, char delimiter = ',')
    {
        using var crlf = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var sep = Sep.New(delimiter).Writer(o => o with { Escape = true, WriteHeader = false, DisableColCountCheck = true }).To(crlf, leaveOpen: true))
        {
            foreach (var record in records)
            {
                using var row = sep.NewRow();
                for (var i = 0; i < record.Count; i++)
                {
                    row[i].Set(record[i]);
                }
            }
        }

        return crlf.ToString();
    }

    /// <summary>The line a quote opens on when the record's raw text ends inside it; null when every quote is closed.</summary>
    private static int? UnclosedQuoteLine(ReadOnlySpan<char> raw, int firstLine)
    {
        var line = firstLine;
        int? open = null;
        for (var i = 0; i < raw.Length; i++)
        {
            switch (raw[i])
            {
                case '"':
                    open = open is null ? line : null;
                    break;
                case '\n':
                case '\r' when i + 1 >= raw.Length || raw[i + 1] != '\n':
                    line++;
                    break;
            }
        }

        return open;
    }
}
