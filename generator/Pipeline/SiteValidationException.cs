namespace PerformancePlan.Generator.Pipeline;

/// <summary>One thing wrong with a built site: the file, what is wrong, and the link at fault when there is one.</summary>
public sealed record SiteProblem(string File, string Problem, string? Link = null)
{
    public override string ToString() => Link is null ? $"{File}: {Problem}" : $"{File}: {Problem}: {Link}";
}

/// <summary>The built site failed validation; the previous site was left as it was.</summary>
public sealed class SiteValidationException(IReadOnlyList<SiteProblem> problems)
    : Exception(Describe(problems))
{
    public IReadOnlyList<SiteProblem> Problems { get; } = problems;

    private static string Describe(IReadOnlyList<SiteProblem> problems)
    {
        const int Shown = 50;
        var lines = problems.Take(Shown).Select(p => "  " + p);
        var more = problems.Count > Shown ? $"{Environment.NewLine}  … and {problems.Count - Shown} more" : string.Empty;
        return $"The site failed validation with {problems.Count} problem(s); the previous site is unchanged:{Environment.NewLine}"
            + string.Join(Environment.NewLine, lines) + more;
    }
}
