namespace PerformancePlan.Portal.Text;

/// <summary>The strings of the plan picker, of the bounded plan lists that link to it and of the audit trail's pages.</summary>
public sealed partial class AdminText
{
    public required string OtherPlans { get; init; }

    public required string PlanPickerTitle { get; init; }

    public required string PlanPickerIntro { get; init; }

    public required string PlanSearch { get; init; }

    public required string Search { get; init; }

    public required string PlanSearchResult { get; init; }

    public required string PlanSearchNone { get; init; }

    public required string PlansShowing { get; init; }

    public required string PlansShowAll { get; init; }

    public required string AuditOlder { get; init; }

    public required string AuditNewest { get; init; }

    public required string AuditCaptionOlder { get; init; }

    public required string AuditPages { get; init; }
}
