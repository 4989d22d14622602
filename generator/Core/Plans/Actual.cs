namespace PerformancePlan.Core.Plans;

/// <summary>
/// An actual result reported for an indicator and period. For counts it is the year-to-date total
/// at the end of the period; for rates and completion it is the value as it stood then.
/// </summary>
public sealed record Actual
{
    public long Id { get; init; }

    public long IndicatorId { get; init; }

    public required Period Period { get; init; }

    public required decimal Value { get; init; }

    public Bilingual Note { get; init; } = Bilingual.Empty;

    /// <summary>Where the figure comes from (a register, a report, a URL).</summary>
    public string Source { get; init; } = string.Empty;

    public required DateOnly ReportedOn { get; init; }

    public long Version { get; init; }
}
