namespace PerformancePlan.Core.Import;

/// <summary>
/// A plan document that does not follow the standard structure: names the file, the line and what
/// was expected, e.g. <c>plan.zh-TW.md:67: indicator weight '(五%)' is not a percentage</c>.
/// Nothing was written.
/// </summary>
public sealed class PlanDocumentException(string fileName, int line, string problem)
    : Exception($"{fileName}:{line}: {problem}")
{
    public string FileName { get; } = fileName;

    /// <summary>1-based line number in the document.</summary>
    public int Line { get; } = line;

    /// <summary>What was wrong, without the file and line.</summary>
    public string Problem { get; } = problem;
}
