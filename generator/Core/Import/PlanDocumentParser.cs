using PerformancePlan.Core.Budget;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Import;

/// <summary>
/// Turns the standard plan document (施政計畫, <c>plan.zh-TW.md</c>) and, optionally, its English
/// translation (<c>plan.en.md</c>) into a <see cref="Plan"/> with its budget lines. Throws
/// <see cref="PlanDocumentException"/> naming the file and line of the first problem.
/// </summary>
public static class PlanDocumentParser
{
    public const string ChineseFileName = "plan.zh-TW.md";
    public const string EnglishFileName = "plan.en.md";

    /// <summary>Reads the documents from disk (UTF-8, with or without a byte order mark).</summary>
    public static ImportedPlan ParseFiles(string chinesePath, string? englishPath, string slug) =>
        Parse(
            ReadText(chinesePath),
            Path.GetFileName(chinesePath),
            englishPath is null ? null : ReadText(englishPath),
            englishPath is null ? null : Path.GetFileName(englishPath),
            slug);

    public static ImportedPlan Parse(string chineseText, string chineseFileName, string? englishText, string? englishFileName, string slug)
    {
        var zh = PlanDocumentReader.Read(chineseText, chineseFileName, DocumentLanguage.Chinese, requireAllSections: true);
        CheckOriginal(zh);

        ParsedDocument? en = null;
        if (!string.IsNullOrWhiteSpace(englishText))
        {
            en = PlanDocumentReader.Read(englishText, englishFileName ?? EnglishFileName, DocumentLanguage.English, requireAllSections: false);
            TranslationMatcher.Check(zh, en);
        }

        return Assemble(zh, en, slug);
    }

    internal static string ReadText(string path)
    {
        try
        {
            return StrictUtf8.ReadFile(path);
        }
        catch (InvalidUtf8Exception ex)
        {
            throw new PlanDocumentException(Path.GetFileName(path), ex.Line, ex.Problem.En);
        }
    }

    /// <summary>The rules that tie the original's sections together: every goal has indicators, and the weights agree.</summary>
    private static void CheckOriginal(ParsedDocument zh)
    {
        var file = zh.FileName;
        var goals = zh.Goals!.Goals;
        var groups = zh.Indicators!.Groups;
        foreach (var group in groups)
        {
            var goal = goals.FirstOrDefault(g => g.Ordinal == group.GoalOrdinal);
            var label = ChineseNumerals.Format(group.GoalOrdinal);
            if (goal is null)
            {
                throw new PlanDocumentException(file, group.Line,
                    $"the indicator table names goal {label} ('{group.GoalTitle}'), but section 貳 has goals 一 to {ChineseNumerals.Format(goals.Count)}");
            }

            if (goal.Weight is { } weight && weight != group.GoalWeight)
            {
                throw new PlanDocumentException(file, group.Line,
                    $"goal {label} weighs {Numbers.Format(group.GoalWeight)}% in the indicator table but {Numbers.Format(weight)}% in section 貳 (line {goal.Line})");
            }

            var sum = group.Indicators.Sum(i => i.Weight);
            if (sum != group.GoalWeight)
            {
                throw new PlanDocumentException(file, group.Line,
                    $"goal {label} weighs {Numbers.Format(group.GoalWeight)}% but its indicators add up to {Numbers.Format(sum)}% ({string.Join(" + ", group.Indicators.Select(i => Numbers.Format(i.Weight) + "%"))})");
            }
        }

        foreach (var goal in goals.Where(g => groups.All(x => x.GoalOrdinal != g.Ordinal)))
        {
            throw new PlanDocumentException(file, goal.Line,
                $"goal {ChineseNumerals.Format(goal.Ordinal)} '{goal.Title}' has no indicators in section 參、年度績效指標");
        }
    }

    private static ImportedPlan Assemble(ParsedDocument zh, ParsedDocument? en, string slug)
    {
        string En<T>(IReadOnlyList<T>? list, int index, Func<T, string> text) =>
            list is not null && index < list.Count ? text(list[index]) : string.Empty;

        var zhTasks = zh.VisionAndTasks!;
        var enTasks = en?.VisionAndTasks;
        var enGoals = en?.Goals?.Goals;
        var enGroups = en?.Indicators?.Groups;

        var goals = new List<StrategicGoal>();
        foreach (var (goal, g) in zh.Goals!.Goals.Select((goal, g) => (goal, g)))
        {
            var group = zh.Indicators!.Groups.Single(x => x.GoalOrdinal == goal.Ordinal);
            var enGroup = enGroups?.FirstOrDefault(x => x.GoalOrdinal == goal.Ordinal);
            var enItems = enGoals is not null && g < enGoals.Count ? enGoals[g].Items : null;
            goals.Add(new StrategicGoal
            {
                Ordinal = goal.Ordinal,
                Title = new(goal.Title, En(enGoals, g, x => x.Title)),
                WeightPercent = group.GoalWeight,
                Items = goal.Items.Select((item, i) => new GoalItem(item.Ordinal, new(item.Text, En(enItems, i, x => x.Text)))).ToList(),
                Indicators = group.Indicators.Select((ind, i) =>
                {
                    var enInd = enGroup is not null && i < enGroup.Indicators.Count ? enGroup.Indicators[i] : null;
                    return new Indicator
                    {
                        GoalOrdinal = goal.Ordinal,
                        Ordinal = ind.Ordinal,
                        Title = new(ind.Title, enInd?.Title ?? string.Empty),
                        WeightPercent = ind.Weight,
                        MeasurementStandard = new(ind.Measurement, enInd?.Measurement ?? string.Empty),
                        TargetValue = ind.Target.Value,
                        Unit = new(ind.Target.Unit, EnglishUnits.Plural(enInd?.Target.Unit ?? string.Empty, enInd?.Target.Value ?? 0m)),
                        UnitEnOne = EnglishUnits.Singular(enInd?.Target.Unit ?? string.Empty, enInd?.Target.Value ?? 0m),
                        Direction = DirectionOf(ind.Target),
                        Aggregation = ind.Target.Unit == "%" ? IndicatorAggregation.Level : IndicatorAggregation.Cumulative,
                    };
                }).ToList(),
            });
        }

        var enBudget = en?.Budget?.Lines;
        var budget = zh.Budget!.Lines.Select((line, i) => new BudgetLine
        {
            Ordinal = i + 1,
            ProgrammeOrdinal = line.ProgrammeOrdinal,
            ProgrammeTitle = new(line.ProgrammeTitle, En(enBudget, i, x => x.ProgrammeTitle)),
            Items = new(line.Items, En(enBudget, i, x => x.Items)),
            AmountThousandNtd = line.Amount,
            Note = new(line.Note, En(enBudget, i, x => x.Note)),
        }).ToList();

        var plan = new Plan
        {
            Slug = slug,
            Agency = new(zh.Title.Agency, en?.Title.Agency ?? string.Empty),
            RocYear = zh.Title.RocYear,
            Vision = new(zhTasks.Vision, enTasks?.Vision ?? string.Empty),
            Tasks = zhTasks.Tasks.Select((t, i) => new PlanTask(t.Ordinal, new(t.Text, En(enTasks?.Tasks, i, x => x.Text)))).ToList(),
            Goals = goals,
        };
        return new ImportedPlan(plan, budget, en is not null);
    }

    /// <summary>A target of 100% is the completion of a piece of work; every other target is higher-is-better.</summary>
    private static IndicatorDirection DirectionOf(Quantity target) =>
        target.Unit == "%" && target.Value == 100m ? IndicatorDirection.Completion : IndicatorDirection.HigherIsBetter;
}
