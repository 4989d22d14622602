using System.Text;
using PerformancePlan.Core.Csv;

namespace PerformancePlan.Generator.OpenData;

/// <summary>
/// Reads a site CSV back, strictly enough to catch a file the writer got wrong: used to read every CSV
/// back before a release. The records are read by <see cref="SeparatedValues"/>; a file is accepted only
/// when it begins with the byte order mark, is valid UTF-8, and writing its records again gives the
/// same text (so every record ends in CRLF and every field is quoted exactly as the writer quotes).
/// </summary>
public static class CsvReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static List<string[]> Read(byte[] bytes)
    {
        var preamble = CsvFormat.Utf8WithBom.GetPreamble();
        if (bytes.Length < preamble.Length || !bytes.AsSpan(0, preamble.Length).SequenceEqual(preamble))
        {
            throw new FormatException("the file does not begin with a UTF-8 byte order mark");
        }

        return Parse(StrictUtf8.GetString(bytes, preamble.Length, bytes.Length - preamble.Length));
    }

    public static List<string[]> Parse(string text)
    {
        List<SeparatedRecord> records;
        try
        {
            records = SeparatedValues.Read(text, ',');
        }
        catch (UnclosedQuoteException ex)
        {
            throw new FormatException($"a quoted field is not closed (line {ex.Line})", ex);
        }

        if (SeparatedValues.Write(records.Select(r => r.Fields)) == text)
        {
            return records.Select(r => r.Fields.ToArray()).ToList();
        }

        var expected = 0;
        foreach (var record in records)
        {
            var written = SeparatedValues.Write([record.Fields]);
            if (string.CompareOrdinal(text, expected, written, 0, written.Length) != 0)
            {
                throw new FormatException($"line {record.Line} is not written as the site writes CSV (RFC 4180, each record ending in CRLF)");
            }

            expected += written.Length;
        }

        throw new FormatException("the file does not end with its last record's CRLF");
    }
}
