using System.Text;

namespace PerformancePlan.Core.Import.Data;

/// <summary>One record of a delimited file: its fields and the line it starts on.</summary>
public sealed record DelimitedRecord(int Line, IReadOnlyList<string> Fields)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// A small RFC 4180 reader: quoted fields may hold the delimiter, doubled quotes and line breaks;
/// a UTF-8 byte order mark is skipped; the delimiter is a comma (CSV) or a tab (rows pasted from a
/// spreadsheet). Records carry the line they start on, so errors can name it.
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

        var records = new List<DelimitedRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var quoteLine = 0;
        var i = 0;
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
                    continue;
                }

                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                    c = '\n';
                }

                if (c == '\n')
                {
                    line++;
                }

                field.Append(c);
                i++;
                continue;
            }

            if (c == '"' && field.Length == 0)
            {
                quoted = true;
                quoteLine = line;
                i++;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (c is '\r' or '\n')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                fields.Add(field.ToString());
                field.Clear();
                records.Add(new DelimitedRecord(recordLine, fields));
                fields = [];
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                i++;
            }
        }

        if (quoted)
        {
            throw new CsvImportException(sourceName, [new CsvRowError(0, quoteLine, "", new(
                "引號未結束：檔案在引號內結束", "a quoted field is not closed: the file ends inside quotes"))]);
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(new DelimitedRecord(recordLine, fields));
        }

        return records.Where(r => !r.IsBlank).ToList();
    }
}
