using PerformancePlan.Core.Checks;

namespace PerformancePlan.Generator.Pipeline;

/// <summary>Where a build stands: the stage, how far into it, and the time since the build began.</summary>
public sealed record BuildProgress(string Stage, int Done, int Total, TimeSpan Elapsed)
{
    /// <summary>The stage that reports, plan by plan, how much of each plan's text has its English.</summary>
    public const string TranslationStage = "translation";

    /// <summary>The stage that reports how many plans are unchanged since the previous release (their pages are not rendered again).</summary>
    public const string UnchangedStage = "unchanged";

    /// <summary>The plan a <see cref="TranslationStage"/> report is about.</summary>
    public string? Plan { get; init; }

    /// <summary>That plan's translation coverage.</summary>
    public TranslationCoverage? Translation { get; init; }

    /// <summary>On the <see cref="UnchangedStage"/>, how many plans are unchanged.</summary>
    public int? Unchanged { get; init; }

    /// <summary>The stage as the command line prints it.</summary>
    public string Label => this switch
    {
        { Translation: { } coverage } => $"translation {Plan}: {coverage}",
        { Unchanged: { } unchanged } => $"{unchanged} unchanged",
        _ => Stage,
    };
}
