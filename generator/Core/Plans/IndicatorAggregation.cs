namespace PerformancePlan.Core.Plans;

/// <summary>What a period's actual of an indicator is, and how the fiscal year's result follows from them.</summary>
public enum IndicatorAggregation
{
    /// <summary>Each actual is the year-to-date total (a count of exchanges); the year's result is the latest.</summary>
    Cumulative,

    /// <summary>Each actual covers its own period only; the year's result is their sum.</summary>
    PerPeriod,

    /// <summary>
    /// A ratio of counts kept as components (the e-signature months): a period's value and the year's
    /// result are Σ numerator ÷ Σ denominator × 100 over the months so far. Never stored as an actual.
    /// </summary>
    Ratio,

    /// <summary>A level measured at the end of each period (a percentage, a headcount); the year's result is the latest.</summary>
    Level,
}

public static class IndicatorAggregations
{
    public static string Code(this IndicatorAggregation aggregation) => aggregation switch
    {
        IndicatorAggregation.Cumulative => "cumulative",
        IndicatorAggregation.PerPeriod => "per_period",
        IndicatorAggregation.Ratio => "ratio",
        IndicatorAggregation.Level => "level",
        _ => throw new ArgumentOutOfRangeException(nameof(aggregation)),
    };

    public static Bilingual Name(this IndicatorAggregation aggregation) => aggregation switch
    {
        IndicatorAggregation.Cumulative => new("年度累計", "Year-to-date total"),
        IndicatorAggregation.PerPeriod => new("各期加總", "Sum of periods"),
        IndicatorAggregation.Ratio => new("分子分母加總之比率", "Ratio of summed components"),
        IndicatorAggregation.Level => new("期末水準", "Level at period end"),
        _ => throw new ArgumentOutOfRangeException(nameof(aggregation)),
    };

    /// <summary>How the year's result is obtained, in words, as the goal page and the open-data guide state it.</summary>
    public static Bilingual Rule(this IndicatorAggregation aggregation) => aggregation switch
    {
        IndicatorAggregation.Cumulative => new(
            "每期填報年初至該期末之累計數，年度結果為最新一期之累計數。",
            "Each period reports the total from the start of the year to the end of that period; the year's result is the latest total."),
        IndicatorAggregation.PerPeriod => new(
            "每期僅填報該期之數值，年度結果為各期數值之和。",
            "Each period reports its own figure only; the year's result is the sum of the periods."),
        IndicatorAggregation.Ratio => new(
            "由每月公文線上簽核統計之件數計算：各月分子加總 ÷ 各月分母加總 × 100%，四捨五入至小數二位；不另存實際值，亦不平均各月比率。",
            "Computed from the monthly e-signature counts: the sum of the numerators ÷ the sum of the denominators × 100%, rounded to two decimals; never stored separately, and never an average of monthly ratios."),
        IndicatorAggregation.Level => new(
            "每期填報期末之水準（如百分比），年度結果為最新一期之數值。",
            "Each period reports the level at its end (such as a percentage); the year's result is the latest value."),
        _ => throw new ArgumentOutOfRangeException(nameof(aggregation)),
    };

    public static IndicatorAggregation FromCode(string code) =>
        TryParse(code, out var aggregation) ? aggregation : throw new InvalidDataException($"Unknown indicator aggregation '{code}'.");

    public static bool TryParse(string? code, out IndicatorAggregation aggregation)
    {
        foreach (var a in Enum.GetValues<IndicatorAggregation>())
        {
            if (string.Equals(code?.Trim(), a.Code(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(code?.Trim(), a.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                aggregation = a;
                return true;
            }
        }

        aggregation = default;
        return false;
    }

    /// <summary>
    /// The importer's default: a percentage computed by a formula from counts the plan keeps is a
    /// ratio; any other percentage is a level; everything else is a count, which accumulates.
    /// </summary>
    public static IndicatorAggregation DefaultFor(string unitZh, bool hasFormula, bool planKeepsComponents) =>
        unitZh == "%"
            ? (hasFormula && planKeepsComponents ? IndicatorAggregation.Ratio : IndicatorAggregation.Level)
            : IndicatorAggregation.Cumulative;
}
