namespace PerformancePlan.Generator.Pipeline;

/// <summary>What a successful build wrote: HTML pages, all files (pages included), their bytes, and how long it took.</summary>
public sealed record BuildResult(int Pages, int Files, long Bytes, TimeSpan Elapsed);
