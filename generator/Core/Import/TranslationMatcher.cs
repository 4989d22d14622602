namespace PerformancePlan.Core.Import;

/// <summary>
/// Lays the English translation over the Chinese original by position. A section the translation
/// leaves out leaves its English texts empty; a section it has must have the original's structure
/// (the same goals, indicators, weights, targets and amounts), else it is an error naming the
/// translation's file and line.
/// </summary>
internal static class TranslationMatcher
{
    public static void Check(ParsedDocument zh, ParsedDocument en)
    {
        var file = en.FileName;
        if (en.Title.RocYear != zh.Title.RocYear)
        {
            throw new PlanDocumentException(file, en.Title.Line,
                $"the translation is for fiscal year {en.Title.RocYear}; {zh.FileName} is for {zh.Title.RocYear}");
        }

        if (en.VisionAndTasks is { } enTasks && zh.VisionAndTasks is { } zhTasks && enTasks.Tasks.Count != zhTasks.Tasks.Count)
        {
            throw new PlanDocumentException(file, enTasks.Line,
                $"the translation has {enTasks.Tasks.Count} tasks; {zh.FileName} has {zhTasks.Tasks.Count}");
        }

        if (en.Goals is { } enGoals && zh.Goals is { } zhGoals)
        {
            CheckGoals(zh, zhGoals, enGoals, file);
        }

        if (en.Indicators is { } enTable && zh.Indicators is { } zhTable)
        {
            CheckIndicators(zh, zhTable, enTable, file);
        }

        if (en.Budget is { } enBudget && zh.Budget is { } zhBudget)
        {
            if (enBudget.Lines.Count != zhBudget.Lines.Count)
            {
                throw new PlanDocumentException(file, enBudget.Line,
                    $"the translation's budget table has {enBudget.Lines.Count} budget lines; {zh.FileName} has {zhBudget.Lines.Count}");
            }

            foreach (var (z, e) in zhBudget.Lines.Zip(enBudget.Lines))
            {
                if (z.ProgrammeOrdinal != e.ProgrammeOrdinal)
                {
                    throw new PlanDocumentException(file, e.Line,
                        $"this budget line belongs to program {e.ProgrammeOrdinal}; in {zh.FileName} (line {z.Line}) it belongs to program {ChineseNumerals.Format(z.ProgrammeOrdinal)}");
                }

                if (z.Amount != e.Amount)
                {
                    throw new PlanDocumentException(file, e.Line,
                        $"budget amount {Numbers.Format(e.Amount)} differs from {Numbers.Format(z.Amount)} in {zh.FileName} (line {z.Line})");
                }
            }
        }
    }

    private static void CheckGoals(ParsedDocument zh, ParsedGoals zhGoals, ParsedGoals enGoals, string file)
    {
        if (enGoals.Goals.Count != zhGoals.Goals.Count)
        {
            throw new PlanDocumentException(file, enGoals.Line,
                $"the translation has {enGoals.Goals.Count} goals; {zh.FileName} has {zhGoals.Goals.Count}");
        }

        foreach (var (z, e) in zhGoals.Goals.Zip(enGoals.Goals))
        {
            if (e.Items.Count != z.Items.Count)
            {
                throw new PlanDocumentException(file, e.Line,
                    $"goal {e.Ordinal} has {e.Items.Count} items in the translation; goal {ChineseNumerals.Format(z.Ordinal)} has {z.Items.Count} in {zh.FileName} (line {z.Line})");
            }

            if (e.Weight is { } w && z.Weight is { } zw && w != zw)
            {
                throw new PlanDocumentException(file, e.Line,
                    $"goal {e.Ordinal} weighs {Numbers.Format(w)}% in the translation but {Numbers.Format(zw)}% in {zh.FileName} (line {z.Line})");
            }
        }
    }

    private static void CheckIndicators(ParsedDocument zh, ParsedIndicatorTable zhTable, ParsedIndicatorTable enTable, string file)
    {
        if (enTable.Groups.Count != zhTable.Groups.Count)
        {
            throw new PlanDocumentException(file, enTable.Line,
                $"the translation's indicator table has {enTable.Groups.Count} goals; {zh.FileName} has {zhTable.Groups.Count}");
        }

        foreach (var (z, e) in zhTable.Groups.Zip(enTable.Groups))
        {
            var goal = ChineseNumerals.Format(z.GoalOrdinal);
            if (e.GoalOrdinal != z.GoalOrdinal)
            {
                throw new PlanDocumentException(file, e.Line,
                    $"the indicator table names goal {e.GoalOrdinal} here; {zh.FileName} names goal {goal} (line {z.Line})");
            }

            if (e.GoalWeight != z.GoalWeight)
            {
                throw new PlanDocumentException(file, e.Line,
                    $"goal {e.GoalOrdinal} weighs {Numbers.Format(e.GoalWeight)}% in the translation but {Numbers.Format(z.GoalWeight)}% in {zh.FileName} (line {z.Line})");
            }

            if (e.Indicators.Count != z.Indicators.Count)
            {
                throw new PlanDocumentException(file, e.Line,
                    $"goal {e.GoalOrdinal} has {e.Indicators.Count} indicators in the translation; goal {goal} has {z.Indicators.Count} in {zh.FileName} (line {z.Line})");
            }

            foreach (var (zi, ei) in z.Indicators.Zip(e.Indicators))
            {
                var code = $"{e.GoalOrdinal}.{ei.Ordinal}";
                if (ei.Weight != zi.Weight)
                {
                    throw new PlanDocumentException(file, ei.Line,
                        $"indicator {code} weighs {Numbers.Format(ei.Weight)}% in the translation but {Numbers.Format(zi.Weight)}% in {zh.FileName} (line {zi.Line})");
                }

                if (ei.Target.Value != zi.Target.Value)
                {
                    throw new PlanDocumentException(file, ei.TargetLine,
                        $"indicator {code} has the target {Numbers.Format(ei.Target.Value)} in the translation but {Numbers.Format(zi.Target.Value)} in {zh.FileName} (line {zi.TargetLine})");
                }

                if ((ei.Target.Unit == "%") != (zi.Target.Unit == "%"))
                {
                    throw new PlanDocumentException(file, ei.TargetLine,
                        $"indicator {code} has the target '{Numbers.Format(ei.Target.Value)} {ei.Target.Unit}' in the translation but '{Numbers.Format(zi.Target.Value)} {zi.Target.Unit}' in {zh.FileName} (line {zi.TargetLine})");
                }
            }
        }
    }
}
