using PerformancePlan.Core.ESignature;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Figures;

/// <summary>
/// One period of an indicator as published: the value reported (or, for a ratio, derived from its
/// components), the year-to-date result at that period under the indicator's aggregation, and that
/// result's achievement.
/// </summary>
public sealed record PeriodResult
{
    public required Period Period { get; init; }

    /// <summary>The period's value: as reported, or Σ numerator ÷ Σ denominator × 100 so far for a ratio.</summary>
    public required decimal Value { get; init; }

    /// <summary>The year's result as it stood at the end of this period.</summary>
    public required decimal YearToDate { get; init; }

    /// <summary>Achievement of <see cref="YearToDate"/> against the target, one decimal; null when it cannot be computed.</summary>
    public decimal? AchievementPercent { get; init; }

    /// <summary>The day the figure was reported; null for a ratio month entered before such dates were kept.</summary>
    public DateOnly? ReportedOn { get; init; }

    public Bilingual Note { get; init; } = Bilingual.Empty;

    public string Source { get; init; } = string.Empty;

    /// <summary>For a ratio: the numerator and denominator summed over the months so far.</summary>
    public RatioParts? Parts { get; init; }

    /// <summary>True when the value is derived from components rather than stored as an actual.</summary>
    public bool IsDerived => Parts is not null;
}
