using PerformancePlan.Core.ESignature;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Figures;

/// <summary>
/// Every derived figure of a plan as of one date: the one place year results, achievements,
/// statuses and overdue flags are computed, for the pages, the open data and the admin alike.
/// The as-of date is the only input that does not come from the plan's data.
/// </summary>
public sealed class PlanFigures
{
    private readonly Dictionary<long, IndicatorResult> byIndicator;

    private PlanFigures(PlanSnapshot snapshot, DateOnly asOf)
    {
        Snapshot = snapshot;
        AsOf = EffectiveAsOf(snapshot.Plan, asOf);
        asOf = AsOf;
        Results = snapshot.Plan.Indicators.Select(i => Compute(snapshot, i, asOf)).ToList();
        byIndicator = Results.ToDictionary(r => r.Indicator.Id);
    }

    public PlanSnapshot Snapshot { get; }

    /// <summary>
    /// The date the figures are judged as of: the date given, or for a closed year at most the day
    /// after its last period fell due, after which no status can change (so later builds are identical).
    /// </summary>
    public DateOnly AsOf { get; }

    /// <summary>One result per indicator, in the plan's order.</summary>
    public IReadOnlyList<IndicatorResult> Results { get; }

    public DateOnly FiscalYearEnd => new(Snapshot.Plan.AdYear, 12, 31);

    /// <summary>True once the as-of date is after the fiscal year: statuses are final or say the final result is missing.</summary>
    public bool YearIsOver => AsOf > FiscalYearEnd;

    public IReadOnlyList<IndicatorResult> Overdue => Results.Where(r => r.IsOverdue).ToList();

    /// <summary>The indicator whose ratio the e-signature months make, when the plan has one.</summary>
    public Indicator? RatioIndicator => Snapshot.Plan.Indicators.FirstOrDefault(i => i.Aggregation == IndicatorAggregation.Ratio);

    public IndicatorResult this[Indicator indicator] => byIndicator[indicator.Id];

    public IEnumerable<IndicatorResult> For(StrategicGoal goal) => goal.Indicators.Select(i => this[i]);

    public static PlanFigures Of(PlanSnapshot snapshot, DateOnly asOf) => new(snapshot, asOf);

    /// <summary>The as-of date that decides a plan's figures: <paramref name="asOf"/>, capped at the day after the year's last due date.</summary>
    public static DateOnly EffectiveAsOf(Plan plan, DateOnly asOf)
    {
        var settled = new DateOnly(plan.AdYear, 12, 31).AddDays(plan.DueDays + 1);
        return asOf > settled ? settled : asOf;
    }

    /// <summary>
    /// Achievement in percent, one decimal (half away from zero): the result ÷ the target × 100, or
    /// for lower-is-better the target ÷ the result × 100; null for a zero target (or a zero result when lower is better and the target is below zero).
    /// </summary>
    public static decimal? Achievement(Indicator indicator, decimal value)
    {
        if (indicator.Direction == IndicatorDirection.LowerIsBetter)
        {
            return value == 0m ? (indicator.TargetValue >= 0m ? 100m : null) : Round1(indicator.TargetValue / value * 100m);
        }

        return indicator.TargetValue == 0m ? null : Round1(value / indicator.TargetValue * 100m);
    }

    /// <summary>
    /// The share of the target a result must have reached at the end of <paramref name="period"/> to be
    /// on track: in proportion to the months elapsed for what accumulates over the year (counts and
    /// completion), the whole target for a level or a ratio.
    /// </summary>
    public static decimal ExpectedPercent(Indicator indicator, Period period) =>
        Accumulates(indicator) ? Round1(100m * period.EndMonth / 12m) : 100m;

    public static bool Accumulates(Indicator indicator) =>
        indicator.Direction == IndicatorDirection.Completion
        || (indicator.Direction == IndicatorDirection.HigherIsBetter
            && indicator.Aggregation is IndicatorAggregation.Cumulative or IndicatorAggregation.PerPeriod);

    /// <summary>The periods an indicator reports in: months for a ratio or when its actuals are monthly, else quarters.</summary>
    public static PeriodKind ReportingKind(Indicator indicator) =>
        indicator.Aggregation == IndicatorAggregation.Ratio || indicator.Actuals.Any(a => a.Period.Kind == PeriodKind.Month)
            ? PeriodKind.Month
            : PeriodKind.Quarter;

    private static IndicatorResult Compute(PlanSnapshot snapshot, Indicator indicator, DateOnly asOf)
    {
        var year = snapshot.Plan.AdYear;
        var periods = indicator.Aggregation == IndicatorAggregation.Ratio
            ? RatioPeriods(snapshot, indicator, year)
            : ReportedPeriods(indicator, year);
        var latest = periods.Count == 0 ? null : periods[^1];
        var yearIsOver = asOf > new DateOnly(year, 12, 31);
        var lastPeriodReported = latest is not null && latest.Period.EndMonth == 12;

        IndicatorStatus status;
        if (latest?.AchievementPercent is not { } achievement)
        {
            status = yearIsOver ? IndicatorStatus.FinalNotReported : IndicatorStatus.NoData;
        }
        else if (yearIsOver)
        {
            status = !lastPeriodReported ? IndicatorStatus.FinalNotReported
                : achievement >= 100m ? IndicatorStatus.Achieved : IndicatorStatus.NotAchieved;
        }
        else
        {
            status = achievement >= 100m ? IndicatorStatus.Achieved
                : achievement >= ExpectedPercent(indicator, latest.Period) ? IndicatorStatus.OnTrack : IndicatorStatus.Behind;
        }

        var due = DuePeriod(ReportingKind(indicator), year, snapshot.Plan.DueDays, asOf);
        return new IndicatorResult
        {
            Indicator = indicator,
            Periods = periods,
            Status = status,
            IsFinal = yearIsOver && lastPeriodReported && latest?.AchievementPercent is not null,
            DuePeriod = due,
            DueOn = due?.EndDate.AddDays(snapshot.Plan.DueDays),
            IsOverdue = due is { } d && !periods.Any(p => p.Period.EndMonth >= d.EndMonth),
        };
    }

    /// <summary>The latest period of the fiscal year whose actual was due (period end + due days) before <paramref name="asOf"/>.</summary>
    public static Period? DuePeriod(PeriodKind kind, int year, int dueDays, DateOnly asOf)
    {
        var count = kind == PeriodKind.Month ? 12 : 4;
        for (var n = count; n >= 1; n--)
        {
            var period = new Period(year, kind, n);
            if (period.EndDate.AddDays(dueDays) < asOf)
            {
                return period;
            }
        }

        return null;
    }

    private static List<PeriodResult> ReportedPeriods(Indicator indicator, int year)
    {
        var results = new List<PeriodResult>();
        var runningSum = 0m;
        foreach (var actual in indicator.Actuals.Where(a => a.Period.Year == year).OrderBy(a => a.Period))
        {
            runningSum += actual.Value;
            var yearToDate = indicator.Aggregation == IndicatorAggregation.PerPeriod ? runningSum : actual.Value;
            results.Add(new PeriodResult
            {
                Period = actual.Period,
                Value = actual.Value,
                YearToDate = yearToDate,
                AchievementPercent = Achievement(indicator, yearToDate),
                ReportedOn = actual.ReportedOn,
                Note = actual.Note,
                Source = actual.Source,
            });
        }

        return results;
    }

    private static List<PeriodResult> RatioPeriods(PlanSnapshot snapshot, Indicator indicator, int year)
    {
        var results = new List<PeriodResult>();
        long numerator = 0, denominator = 0;
        foreach (var month in snapshot.ESignatureMonths.Where(m => m.Month.Year == year).OrderBy(m => m.Month))
        {
            numerator += month.OnlineSigned;
            denominator += month.Denominator;
            var parts = new RatioParts(numerator, denominator);
            if (parts.Percent is not { } percent)
            {
                continue;
            }

            results.Add(new PeriodResult
            {
                Period = Period.Month(year, month.Month.Month),
                Value = percent,
                YearToDate = percent,
                AchievementPercent = Achievement(indicator, percent),
                ReportedOn = month.ReportedOn,
                Parts = parts,
            });
        }

        return results;
    }

    private static decimal Round1(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
