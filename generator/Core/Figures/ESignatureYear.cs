using PerformancePlan.Core.ESignature;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Figures;

/// <summary>
/// One fiscal year of an agency's e-signature record: the year's months, the target its ratio
/// indicator sets, and the year's ratio (Σ online-signed ÷ Σ denominator over the year's months)
/// with its status — taken from the plan's <see cref="PlanFigures"/>, the one place that ratio is computed.
/// </summary>
public sealed record ESignatureYear(Plan Plan, IReadOnlyList<ESignatureMonth> Months, Indicator? RatioIndicator, IndicatorResult? Result)
{
    /// <summary>The year's target in percent; null when the plan has no ratio indicator or its target is not set yet.</summary>
    public decimal? TargetPercent => RatioIndicator is { TargetPending: false } indicator ? indicator.TargetValue : null;

    /// <summary>The months' counts added up: the year ratio's numerator and denominator.</summary>
    public RatioParts? Total => Result?.Latest?.Parts;

    public decimal? RatioPercent => Total is null ? null : Result!.YearResult;

    public IndicatorStatus Status => Result?.Status ?? IndicatorStatus.NoData;

    /// <summary>Every year of an agency that has e-signature months, oldest first.</summary>
    public static IReadOnlyList<ESignatureYear> Of(IEnumerable<PlanFigures> agencyPlans) =>
        agencyPlans
            .Where(f => f.Snapshot.ESignatureMonths.Count > 0)
            .OrderBy(f => f.Snapshot.Plan.RocYear)
            .Select(f => new ESignatureYear(
                f.Snapshot.Plan,
                f.Snapshot.ESignatureMonths.OrderBy(m => m.Month).ToList(),
                f.RatioIndicator,
                f.RatioIndicator is { } indicator ? f[indicator] : null))
            .ToList();
}
