namespace PerformancePlan.Core.Import;

/// <summary>
/// Reads the table of 肆、年度重要施政計畫與預算配合對照表: programme · implementation items · amount
/// (NT$ thousand) · note. A row whose first cell is empty and that has an amount is a further
/// budget line of the same programme; without an amount it continues the text of the line above
/// (or, when the line above has no amount yet, brings it).
/// </summary>
internal static class BudgetTableReader
{
    private const string ChineseHeader = "計畫名稱 ⇥ 實施內容 ⇥ 經費(千元) ⇥ 備註";
    private const string EnglishHeader = "Programme ⇥ Implementation items ⇥ Amount (NTD thousand) ⇥ Note";

    public static ParsedBudgetTable Read(DocumentSection section, DocumentLanguage language, string fileName)
    {
        var table = TsvTable.Read(section, language, fileName, 4, language == DocumentLanguage.Chinese ? ChineseHeader : EnglishHeader);
        var lines = new List<Pending>();
        (int Number, string Title, int Line)? programme = null;
        var programmes = new List<(int Number, int Line)>();
        foreach (var row in table.Rows)
        {
            if (!row.ContinuesAbove)
            {
                var cell = CjkText.Clean(row.Cells[0]);
                if (language.Heading(cell) is not { } heading)
                {
                    throw new PlanDocumentException(fileName, row.Line,
                        $"expected a program numbered like '{language.HeadingNumeral(1)}{(language == DocumentLanguage.Chinese ? "、<計畫名稱>" : ". <program>")}', found '{cell}'");
                }

                var seen = programmes.FirstOrDefault(p => p.Number == heading.Number);
                if (seen.Line > 0)
                {
                    throw new PlanDocumentException(fileName, row.Line,
                        $"program {language.HeadingNumeral(heading.Number)} appears twice in the budget table (first at line {seen.Line})");
                }

                programmes.Add((heading.Number, row.Line));
                programme = (heading.Number, heading.Text, row.Line);
                lines.Add(Pending.Start(row, programme.Value));
            }
            else if (programme is null)
            {
                throw new PlanDocumentException(fileName, row.Line, "the first row of the budget table has an empty program cell; expected a program such as '一、<計畫名稱>'");
            }
            else if (row.Cells[2].Length > 0 && !lines[^1].Amount.IsEmpty)
            {
                lines.Add(Pending.Start(row, programme.Value));
            }
            else
            {
                lines[^1].Continue(row);
            }
        }

        return new ParsedBudgetTable(lines.Select(l => l.Read(language, fileName)).ToList(), section.Heading.Number);
    }

    private sealed class Pending((int Number, string Title, int Line) programme, int line, TableCell items, TableCell amount, TableCell note)
    {
        public TableCell Amount { get; } = amount;

        public static Pending Start(TsvRow row, (int, string, int) programme) => new(
            programme,
            row.Line,
            new TableCell(row.Cells[1], row.Line),
            new TableCell(row.Cells[2], row.Line),
            new TableCell(row.Cells[3], row.Line));

        public void Continue(TsvRow row)
        {
            items.Append(row.Cells[1], row.Line);
            Amount.Append(row.Cells[2], row.Line);
            note.Append(row.Cells[3], row.Line);
        }

        public ParsedBudgetLine Read(DocumentLanguage language, string fileName)
        {
            var label = language.HeadingNumeral(programme.Number);
            var title = CjkText.Clean(programme.Title);
            if (title.Length == 0)
            {
                throw new PlanDocumentException(fileName, programme.Line, $"program {label} has no title");
            }

            var text = items.Clean();
            if (text.Length == 0)
            {
                throw new PlanDocumentException(fileName, line, $"a budget line of program {label} has no implementation items");
            }

            var written = Amount.Clean();
            if (written.Length == 0)
            {
                throw new PlanDocumentException(fileName, line, $"a budget line of program {label} has no amount; expected NT$ thousand such as 5,328.75");
            }

            if (!Numbers.TryParseDecimal(written, out var amount))
            {
                throw new PlanDocumentException(fileName, Amount.FirstLine, $"budget amount '{written}' is not a number (NT$ thousand, such as 5,328.75)");
            }

            return new ParsedBudgetLine(programme.Number, title, text, amount, note.Clean(), line);
        }
    }
}
