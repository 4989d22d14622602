namespace PerformancePlan.Core.Plans;

/// <summary>
/// A target changed after the plan was imported, read from the audit trail: from what, to what,
/// on which day and why (the admin requires the reason). Published on the goal page and as open data.
/// </summary>
public sealed record TargetRevision(long IndicatorId, DateOnly RevisedOn, decimal From, decimal To, string Reason);
