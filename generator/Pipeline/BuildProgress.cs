namespace PerformancePlan.Generator.Pipeline;

/// <summary>Where a build stands: the stage, how far into it, and the time since the build began.</summary>
public sealed record BuildProgress(string Stage, int Done, int Total, TimeSpan Elapsed);
