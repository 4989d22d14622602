using System.Text;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>
/// A downloaded CSV file read strictly by RFC 4180 (quoted fields, doubled quotes, CRLF or LF),
/// independently of the generator's own writer, so a journalist's spreadsheet would read the same.
/// </summary>
public sealed class CsvFile
{
    private CsvFile(bool hasBom, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        HasBom = hasBom;
        Header = header;
        Rows = rows;
    }

    public bool HasBom { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    public static CsvFile Parse(byte[] bytes)
    {
        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
        var records = Records(text);
        if (records.Count == 0)
        {
            throw new FormatException("the CSV has no header");
        }

        var header = records[0];
        var rows = new List<IReadOnlyDictionary<string, string>>();
        for (var i = 1; i < records.Count; i++)
        {
            if (records[i].Count != header.Count)
            {
                throw new FormatException($"record {i + 1} has {records[i].Count} fields, the header {header.Count}");
            }

            rows.Add(header.Select((h, j) => (h, records[i][j])).ToDictionary(x => x.h, x => x.Item2, StringComparer.Ordinal));
        }

        return new CsvFile(hasBom, header, rows);
    }

    private static List<List<string>> Records(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var quoted = false;
        var fieldStarted = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                    i++;
                    if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        throw new FormatException($"text after a closing quote at character {i}");
                    }

                    continue;
                }

                field.Append(c);
                i++;
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    fieldStarted = true;
                    i++;
                    break;
                case '"':
                    throw new FormatException($"a quote inside an unquoted field at character {i}");
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    fieldStarted = true;
                    i++;
                    break;
                case '\r' or '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    fieldStarted = false;
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    i++;
                    break;
            }
        }

        if (quoted)
        {
            throw new FormatException("the file ends inside a quoted field");
        }

        if (fieldStarted || field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
