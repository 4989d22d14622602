namespace PerformancePlan.Core.Import;

/// <summary>One row of a tab-separated table: its cells (trimmed, padded to the header's width) and line.</summary>
internal sealed record TsvRow(int Line, IReadOnlyList<string> Cells)
{
    public bool ContinuesAbove => Cells[0].Length == 0;
}

/// <summary>
/// The tab-separated table of a section: the first line with a tab is the header; every line with a
/// tab up to the last one is a row; blank lines inside do not end it. Text before the table (an
/// introduction) and after it (a footnote) is not part of it; text between its rows is an error.
/// </summary>
internal sealed partial record TsvTable(TsvRow Header, IReadOnlyList<TsvRow> Rows)
{
    public static TsvTable Read(DocumentSection section, DocumentLanguage language, string fileName, int columns, string expectedHeader)
    {
        var lines = section.Lines;
        var first = -1;
        var last = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsTableRow)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0)
        {
            throw new PlanDocumentException(fileName, section.Heading.Number,
                $"section {language.SectionName(section.Number)} has no tab-separated table; expected a header row '{expectedHeader}'");
        }

        var header = Cells(lines[first]);
        if (header.Count != columns)
        {
            throw new PlanDocumentException(fileName, lines[first].Number,
                $"the table of section {language.SectionName(section.Number)} has {header.Count} columns; expected {columns}: '{expectedHeader}'");
        }

        var rows = new List<TsvRow>();
        for (var i = first + 1; i <= last; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if (!line.IsTableRow)
            {
                throw new PlanDocumentException(fileName, line.Number,
                    $"expected a tab-separated row of the table in section {language.SectionName(section.Number)}, found '{line.Text.Trim()}'");
            }

            var cells = Cells(line);
            if (cells.Count > columns)
            {
                throw new PlanDocumentException(fileName, line.Number, $"table row has {cells.Count} cells; the header has {columns}");
            }

            while (cells.Count < columns)
            {
                cells.Add(string.Empty);
            }

            rows.Add(new TsvRow(line.Number, cells));
        }

        // A row that lost its tabs reads as a footnote when it is the last one: a line after the table
        // that starts like a row (一、 or (一)) and holds a number is refused, not dropped.
        for (var i = last + 1; i < lines.Count; i++)
        {
            var text = CjkText.Clean(lines[i].Plain);
            if ((language.Heading(text) is not null || language.Item(text) is not null) && AmountLike().IsMatch(text))
            {
                throw new PlanDocumentException(fileName, lines[i].Number,
                    $"this line looks like a row of the table in section {language.SectionName(section.Number)} but has no tabs; separate its cells with tabs, found '{lines[i].Text.Trim()}'");
            }
        }

        if (rows.Count == 0)
        {
            throw new PlanDocumentException(fileName, lines[first].Number, $"the table of section {language.SectionName(section.Number)} has a header but no rows");
        }

        return new TsvTable(new TsvRow(lines[first].Number, header), rows);
    }

    /// <summary>The cells of a line, trimmed, without the empty cells a trailing tab leaves.</summary>
    private static List<string> Cells(DocumentLine line)
    {
        var cells = line.Text.Split('\t').Select(c => c.Trim()).ToList();
        while (cells.Count > 1 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d[\d,]*(\.\d+)?\s*%?\s*$|\s\d[\d,]*(\.\d+)?(\s|$)")]
    private static partial System.Text.RegularExpressions.Regex AmountLike();
}
