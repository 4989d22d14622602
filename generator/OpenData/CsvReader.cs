using System.Text;

namespace PerformancePlan.Generator.OpenData;

/// <summary>An RFC 4180 reader, strict enough to catch a file the writer got wrong: used to read every CSV back before a release.</summary>
public static class CsvReader
{
    public static List<string[]> Read(byte[] bytes)
    {
        var preamble = CsvFormat.Utf8WithBom.GetPreamble();
        if (bytes.Length < preamble.Length || !bytes.AsSpan(0, preamble.Length).SequenceEqual(preamble))
        {
            throw new FormatException("the file does not begin with a UTF-8 byte order mark");
        }

        return Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, preamble.Length, bytes.Length - preamble.Length));
    }

    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var record = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException($"a quoted field is not closed (record {records.Count + 1})");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    cell.Append(text[i++]);
                }
            }

            while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
            {
                if (text[i] == '"')
                {
                    throw new FormatException($"a quote inside an unquoted field (record {records.Count + 1})");
                }

                cell.Append(text[i++]);
            }

            record.Add(cell.ToString());
            cell.Clear();
            if (i >= text.Length)
            {
                break;
            }

            if (text[i] == ',')
            {
                i++;
                if (i == text.Length)
                {
                    record.Add(string.Empty);
                }

                continue;
            }

            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i += 2;
            }
            else
            {
                throw new FormatException($"a record does not end with CRLF (record {records.Count + 1})");
            }

            records.Add(record.ToArray());
            record.Clear();
        }

        if (record.Count > 0)
        {
            records.Add(record.ToArray());
        }

        return records;
    }
}
