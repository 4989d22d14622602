using PerformancePlan.Core.Checks;

namespace PerformancePlan.Generator.Pipeline;

/// <summary>The plans failed the checks run before a publish (errors, or warnings not acknowledged); nothing was built or swapped.</summary>
public sealed class PublishCheckException(IReadOnlyList<(string Plan, PublishCheck Check)> checks, bool warningsOnly)
    : Exception(Describe(checks, warningsOnly))
{
    public IReadOnlyList<(string Plan, PublishCheck Check)> Checks { get; } = checks;

    /// <summary>True when only warnings stopped the build: acknowledging them lets it through.</summary>
    public bool WarningsOnly { get; } = warningsOnly;

    private static string Describe(IReadOnlyList<(string Plan, PublishCheck Check)> checks, bool warningsOnly) =>
        (warningsOnly
            ? $"{checks.Count} warning(s) must be acknowledged before publishing; the previous site is unchanged:"
            : $"The checks before publishing found {checks.Count(c => c.Check.Severity == CheckSeverity.Error)} error(s); the previous site is unchanged:")
        + Environment.NewLine + string.Join(Environment.NewLine, checks.Select(c => $"  {c.Plan}: {c.Check}"));
}
