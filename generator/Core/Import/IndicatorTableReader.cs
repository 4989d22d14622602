namespace PerformancePlan.Core.Import;

/// <summary>
/// Reads the table of 參、年度績效指標: goal (weight) · indicator (weight) · measurement standard ·
/// target. A row whose first cell is empty either starts a new indicator of the same goal (its
/// indicator cell starts with an enumerator such as (二)) or continues the cells of the row above
/// (a row the PDF broke in two).
/// </summary>
internal static class IndicatorTableReader
{
    private const string ChineseHeader = "策略目標 (權重) ⇥ 績效指標 (權重) ⇥ 衡量標準 ⇥ 目標值";
    private const string EnglishHeader = "Strategic goal (weight) ⇥ Performance indicator (weight) ⇥ Measurement standard ⇥ Target";

    public static ParsedIndicatorTable Read(DocumentSection section, DocumentLanguage language, string fileName)
    {
        var table = TsvTable.Read(section, language, fileName, 4, language == DocumentLanguage.Chinese ? ChineseHeader : EnglishHeader);
        var groups = new List<PendingGoal>();
        foreach (var row in table.Rows)
        {
            if (!row.ContinuesAbove)
            {
                groups.Add(new PendingGoal(new TableCell(row.Cells[0], row.Line), row.Line));
                groups[^1].Indicators.Add(PendingIndicator.Start(row));
            }
            else if (groups.Count == 0)
            {
                throw new PlanDocumentException(fileName, row.Line, "the first row of the indicator table has an empty goal cell; expected a goal such as '一、<策略目標>(10%)'");
            }
            else if (language.Item(row.Cells[1]) is not null)
            {
                groups[^1].Indicators.Add(PendingIndicator.Start(row));
            }
            else
            {
                groups[^1].Indicators[^1].Continue(row);
            }
        }

        var parsed = new List<ParsedIndicatorGroup>();
        foreach (var goal in groups)
        {
            var group = ReadGoal(goal, language, fileName);
            var first = parsed.FirstOrDefault(g => g.GoalOrdinal == group.GoalOrdinal);
            if (first is not null)
            {
                throw new PlanDocumentException(fileName, goal.Line,
                    $"goal {language.HeadingNumeral(group.GoalOrdinal)} appears twice in the indicator table (first at line {first.Line})");
            }

            parsed.Add(group);
        }

        return new ParsedIndicatorTable(parsed, section.Heading.Number);
    }

    private static ParsedIndicatorGroup ReadGoal(PendingGoal goal, DocumentLanguage language, string fileName)
    {
        var cell = goal.Cell.Clean();
        if (language.Heading(cell) is not { } heading)
        {
            throw new PlanDocumentException(fileName, goal.Line,
                $"expected a goal cell numbered like '{language.HeadingNumeral(1)}{(language == DocumentLanguage.Chinese ? "、<策略目標>(10%)" : ". <goal> (10%)")}', found '{cell}'");
        }

        var number = language.HeadingNumeral(heading.Number);
        var (title, weight) = WeightedText.Split(heading.Text, "goal", out var problem);
        if (problem is not null)
        {
            throw new PlanDocumentException(fileName, goal.Cell.LastLine, problem);
        }

        if (weight is null)
        {
            throw new PlanDocumentException(fileName, goal.Cell.LastLine, $"goal {number} has no weight; expected '(n%)' after its title, such as '{cell}(10%)'");
        }

        var indicators = new List<ParsedIndicator>();
        foreach (var pending in goal.Indicators)
        {
            indicators.Add(ReadIndicator(pending, heading.Number, indicators.Count + 1, language, fileName));
        }

        return new ParsedIndicatorGroup(heading.Number, title, weight.Value, indicators, goal.Line);
    }

    private static ParsedIndicator ReadIndicator(PendingIndicator pending, int goal, int position, DocumentLanguage language, string fileName)
    {
        var cell = pending.Indicator.Clean();
        var ordinal = position;
        if (language.Item(cell) is { } item)
        {
            if (item.Number != position)
            {
                throw new PlanDocumentException(fileName, pending.Line,
                    $"expected indicator {language.ItemNumeral(position)} of goal {language.HeadingNumeral(goal)}, found {language.ItemNumeral(item.Number)}");
            }

            ordinal = item.Number;
            cell = item.Text;
        }

        var label = $"{language.HeadingNumeral(goal)}{language.ItemNumeral(ordinal)}";
        var (title, weight) = WeightedText.Split(cell, "indicator", out var problem);
        if (problem is not null)
        {
            throw new PlanDocumentException(fileName, pending.Indicator.LastLine, problem);
        }

        if (title.Length == 0)
        {
            throw new PlanDocumentException(fileName, pending.Line, $"indicator {label} has no title");
        }

        if (weight is null)
        {
            throw new PlanDocumentException(fileName, pending.Indicator.LastLine,
                $"indicator {label} '{title}' has no weight; expected '(n%)' at the end of its cell");
        }

        var measurement = pending.Measurement.Clean();
        if (measurement.Length == 0)
        {
            throw new PlanDocumentException(fileName, pending.Line, $"indicator {label} '{title}' has no measurement standard");
        }

        var target = pending.Target.Clean();
        if (target.Length == 0)
        {
            throw new PlanDocumentException(fileName, pending.Line, $"indicator {label} '{title}' has no target value");
        }

        if (!Numbers.TryParseQuantity(target, out var quantity))
        {
            throw new PlanDocumentException(fileName, pending.Target.FirstLine, Numbers.StartsWithNumber(target)
                ? $"target '{target}' of indicator {label} has no unit; expected a number and a unit, such as '6 次' or '95%'"
                : $"target '{target}' of indicator {label} has no number; expected a number and a unit, such as '6 次' or '95%'");
        }

        return new ParsedIndicator(ordinal, title, weight.Value, measurement, quantity, pending.Line, pending.Target.FirstLine);
    }

    private sealed class PendingGoal(TableCell cell, int line)
    {
        public TableCell Cell { get; } = cell;

        public int Line { get; } = line;

        public List<PendingIndicator> Indicators { get; } = [];
    }

    private sealed class PendingIndicator(int line, TableCell indicator, TableCell measurement, TableCell target)
    {
        public int Line { get; } = line;

        public TableCell Indicator { get; } = indicator;

        public TableCell Measurement { get; } = measurement;

        public TableCell Target { get; } = target;

        public static PendingIndicator Start(TsvRow row) => new(
            row.Line,
            new TableCell(row.Cells[1], row.Line),
            new TableCell(row.Cells[2], row.Line),
            new TableCell(row.Cells[3], row.Line));

        public void Continue(TsvRow row)
        {
            Indicator.Append(row.Cells[1], row.Line);
            Measurement.Append(row.Cells[2], row.Line);
            Target.Append(row.Cells[3], row.Line);
        }
    }
}
