namespace PerformancePlan.Core.Plans;

public enum IndicatorStatus
{
    Achieved,
    OnTrack,
    Behind,
    NoData,
}

/// <summary>Where an indicator stands against its target: derived from the actuals, never stored.</summary>
public sealed record IndicatorProgress(Actual? Latest, decimal? AchievementPercent, IndicatorStatus Status)
{
    /// <summary>
    /// Achievement is the latest actual as a percentage of the target (for lower-is-better, the
    /// target as a percentage of the actual). Achieved at 100% or more. Otherwise a count or a
    /// completion that has reached the share of the target the elapsed part of the year calls for
    /// is on track; a rate, which does not accumulate, is on track only at its target.
    /// </summary>
    public static IndicatorProgress Of(Indicator indicator)
    {
        var latest = indicator.LatestActual;
        if (latest is null)
        {
            return new IndicatorProgress(null, null, IndicatorStatus.NoData);
        }

        var achievement = Achievement(indicator, latest.Value);
        if (achievement is null)
        {
            return new IndicatorProgress(latest, null, IndicatorStatus.NoData);
        }

        if (achievement >= 100m)
        {
            return new IndicatorProgress(latest, achievement, IndicatorStatus.Achieved);
        }

        var accumulates = indicator.Direction == IndicatorDirection.Completion
            || (indicator.Direction == IndicatorDirection.HigherIsBetter && !indicator.IsPercentage);
        var expected = accumulates ? 100m * latest.Period.EndMonth / 12m : 100m;
        var status = achievement >= expected ? IndicatorStatus.OnTrack : IndicatorStatus.Behind;
        return new IndicatorProgress(latest, achievement, status);
    }

    /// <summary>Achievement in percent, rounded to one decimal; null when it cannot be computed (zero target or actual).</summary>
    public static decimal? Achievement(Indicator indicator, decimal value)
    {
        if (indicator.Direction == IndicatorDirection.LowerIsBetter)
        {
            return value == 0m ? (indicator.TargetValue >= 0m ? 100m : null) : Math.Round(indicator.TargetValue / value * 100m, 1);
        }

        return indicator.TargetValue == 0m ? null : Math.Round(value / indicator.TargetValue * 100m, 1);
    }
}
