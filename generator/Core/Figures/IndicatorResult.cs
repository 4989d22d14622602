using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Figures;

/// <summary>
/// An indicator's figures as of a date: its periods, the fiscal year's result so far, its
/// achievement and status, and whether an actual is overdue. Computed by <see cref="PlanFigures"/>
/// only, so every page and dataset shows the same figures.
/// </summary>
public sealed record IndicatorResult
{
    public required Indicator Indicator { get; init; }

    /// <summary>Every period with a figure, oldest first.</summary>
    public required IReadOnlyList<PeriodResult> Periods { get; init; }

    /// <summary>The latest period with a figure; its <see cref="PeriodResult.YearToDate"/> is the year's result.</summary>
    public PeriodResult? Latest => Periods.Count == 0 ? null : Periods[^1];

    public decimal? YearResult => Latest?.YearToDate;

    public decimal? AchievementPercent => Latest?.AchievementPercent;

    public required IndicatorStatus Status { get; init; }

    /// <summary>True once the fiscal year is over and its last period is reported: the status will not change.</summary>
    public required bool IsFinal { get; init; }

    /// <summary>The latest period whose actual was due by the as-of date, or null when none is due yet.</summary>
    public Period? DuePeriod { get; init; }

    /// <summary>The day <see cref="DuePeriod"/>'s actual was due.</summary>
    public DateOnly? DueOn { get; init; }

    /// <summary>True when <see cref="DuePeriod"/> has no figure.</summary>
    public required bool IsOverdue { get; init; }
}
