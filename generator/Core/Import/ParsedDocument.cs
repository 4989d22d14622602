namespace PerformancePlan.Core.Import;

/// <summary>What one language's plan document says, with the line each part came from.</summary>
internal sealed record ParsedDocument(
    string FileName,
    DocumentLanguage Language,
    ParsedTitle Title,
    ParsedVisionAndTasks? VisionAndTasks,
    ParsedGoals? Goals,
    ParsedIndicatorTable? Indicators,
    ParsedBudgetTable? Budget);

internal sealed record ParsedTitle(string Agency, int RocYear, int Line);

internal sealed record ParsedItem(int Ordinal, string Text, int Line);

internal sealed record ParsedVisionAndTasks(string Vision, IReadOnlyList<ParsedItem> Tasks, int Line);

internal sealed record ParsedGoal(int Ordinal, string Title, decimal? Weight, IReadOnlyList<ParsedItem> Items, int Line);

internal sealed record ParsedGoals(IReadOnlyList<ParsedGoal> Goals, int Line);

internal sealed record ParsedIndicator(
    int Ordinal,
    string Title,
    decimal Weight,
    string Measurement,
    Quantity Target,
    int Line,
    int TargetLine);

internal sealed record ParsedIndicatorGroup(int GoalOrdinal, string GoalTitle, decimal GoalWeight, IReadOnlyList<ParsedIndicator> Indicators, int Line);

internal sealed record ParsedIndicatorTable(IReadOnlyList<ParsedIndicatorGroup> Groups, int Line);

internal sealed record ParsedBudgetLine(int ProgrammeOrdinal, string ProgrammeTitle, string Items, decimal Amount, string Note, int Line);

internal sealed record ParsedBudgetTable(IReadOnlyList<ParsedBudgetLine> Lines, int Line);
