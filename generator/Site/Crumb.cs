namespace PerformancePlan.Generator.Site;

/// <summary>One step of the breadcrumb trail; the current page has no path.</summary>
public sealed record Crumb(TextRun Label, string? Path = null);
