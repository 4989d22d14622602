
namespace PerformancePlan.Core.Plans;

/// <summary>A performance indicator (績效指標) of a strategic goal, with its target for the fiscal year.</summary>
public sealed record Indicator
{
    public long Id { get; init; }

    public long GoalId { get; init; }

    /// <summary>Ordinal of the goal this indicator belongs to (1-based), for addressing like "1.2".</summary>
    public int GoalOrdinal { get; init; }

    /// <summary>1 for (一), 2 for (二)… within its goal.</summary>
    public required int Ordinal { get; init; }

    public required Bilingual Title { get; init; }

    public required decimal WeightPercent { get; init; }

    /// <summary>衡量標準, kept as written; it may be a formula.</summary>
    public required Bilingual MeasurementStandard { get; init; }

    public required decimal TargetValue { get; init; }

    /// <summary>True while the target is still to be set (a plan started from last year's has blank targets); <see cref="TargetValue"/> is then 0.</summary>
    public bool TargetPending { get; init; }

    /// <summary>The indicator of the same agency's previous-year plan this one continues, when linked (a chain across years).</summary>
    public long? ContinuesId { get; init; }

    /// <summary>True when an editor confirmed the link (or made it by copying the plan); false while it is only proposed.</summary>
    public bool ContinuationConfirmed { get; init; }

    /// <summary>Unit of the target and actuals: 次, 團, %, 人次…</summary>
    public required Bilingual Unit { get; init; }

    /// <summary>The English unit for a value of exactly 1 ("exchange"); <see cref="Unit"/>'s English is the plural.</summary>
    public string UnitEnOne { get; init; } = string.Empty;

    public IndicatorDirection Direction { get; init; } = IndicatorDirection.HigherIsBetter;

    /// <summary>How the period actuals make the year's result.</summary>
    public IndicatorAggregation Aggregation { get; init; } = IndicatorAggregation.Cumulative;

    public DataQuality DataQuality { get; init; } = DataQuality.Empty;

    public IReadOnlyList<Actual> Actuals { get; init; } = [];

    public long Version { get; init; }

    /// <summary>"1.2": goal ordinal and indicator ordinal, stable across imports.</summary>
    public string Code => $"{GoalOrdinal}.{Ordinal}";

    public bool IsPercentage => Unit.Zh == "%";

    /// <summary>True when the measurement standard is a ratio formula (it contains a division).</summary>
    public bool HasFormula => MeasurementStandard.Zh.Contains('/', StringComparison.Ordinal)
        || MeasurementStandard.Zh.Contains('÷', StringComparison.Ordinal);

    /// <summary>The most recent stored actual by period, or null when nothing has been reported.</summary>
    public Actual? LatestActual => Actuals.Count == 0 ? null : Actuals.MaxBy(a => a.Period);

    /// <summary>The unit as it goes with <paramref name="value"/>: in English singular for exactly 1 ("1 exchange"), plural otherwise.</summary>
    public Bilingual UnitFor(decimal value) =>
        value == 1m && UnitEnOne.Length > 0 && Unit.HasEnglish ? Unit with { En = UnitEnOne } : Unit;
}

public enum IndicatorDirection
{
    /// <summary>More is better; counts accumulate over the year, rates are compared as they stand.</summary>
    HigherIsBetter,

    /// <summary>Less is better: achieved when the actual is at or under the target.</summary>
    LowerIsBetter,

    /// <summary>Percent complete of a piece of work, expected to progress evenly to the target (usually 100%).</summary>
    Completion,
}

public static class IndicatorDirections
{
    public static string Code(this IndicatorDirection direction) => direction switch
    {
        IndicatorDirection.HigherIsBetter => "higher_is_better",
        IndicatorDirection.LowerIsBetter => "lower_is_better",
        IndicatorDirection.Completion => "completion",
        _ => throw new ArgumentOutOfRangeException(nameof(direction)),
    };

    public static Bilingual Name(this IndicatorDirection direction) => direction switch
    {
        IndicatorDirection.HigherIsBetter => new("越高越好", "Higher is better"),
        IndicatorDirection.LowerIsBetter => new("越低越好", "Lower is better"),
        IndicatorDirection.Completion => new("完成度", "Completion"),
        _ => throw new ArgumentOutOfRangeException(nameof(direction)),
    };

    /// <summary>The direction a stored code names; the schema only allows the three codes.</summary>
    public static IndicatorDirection FromCode(string code) =>
        TryParse(code, out var direction) ? direction : throw new InvalidDataException($"Unknown indicator direction '{code}'.");

    public static bool TryParse(string? code, out IndicatorDirection direction)
    {
        foreach (var d in Enum.GetValues<IndicatorDirection>())
        {
            if (string.Equals(code?.Trim(), d.Code(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(code?.Trim(), d.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                direction = d;
                return true;
            }
        }

        direction = default;
        return false;
    }
}
