using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.OpenData;

/// <summary>
/// The CSVs of the pages across plans: one row per plan (the city overview, and each agency's
/// plans by year), and one row per chain of an agency (its indicators across years).
/// </summary>
public static class CityCsv
{
    public static IReadOnlyList<string> PlansHeader { get; } =
    [
        "agency", "agency_zh", "agency_en", "plan", "roc_year", "ad_year", "is_sample", "indicators", .. IndicatorStatuses.All.Select(s => s.Code()),
        "budget_total_thousand_ntd",
    ];

    public static IEnumerable<object?[]> PlanRows(SiteInfo site, IEnumerable<PlanSnapshot> plans) =>
        plans.Select(s =>
        {
            var statuses = site.FiguresOf(s).Results.Select(r => r.Status).ToList();
            object?[] row =
            [
                s.Plan.AgencyCode, s.Plan.Agency.Zh, s.Plan.Agency.En, s.Plan.Slug, s.Plan.RocYear, s.Plan.AdYear, s.Plan.IsSample ? "true" : "false",
                statuses.Count, .. IndicatorStatuses.All.Select(x => (object?)statuses.Count(y => y == x)), s.BudgetTotal,
            ];
            return row;
        });

    public static IReadOnlyList<string> ChainsHeader { get; } =
    [
        "chain_id", "agency", "first_roc_year", "last_roc_year", "years", "newest_plan", "indicator_code", "title_zh", "title_en",
        "target_value", "unit_zh", "unit_en", "year_result", "status",
    ];

    public static IEnumerable<object?[]> ChainRows(SiteInfo site, IEnumerable<IndicatorChain> chains) =>
        chains.Select(c =>
        {
            var i = c.Newest.Indicator;
            var progress = site.ResultOf(i);
            return new object?[]
            {
                c.Id, c.AgencyCode, c.FirstYear, c.LastYear, c.Years.Count, c.Newest.Plan.Slug, i.Code, i.Title.Zh, i.Title.En,
                i.TargetPending ? null : i.TargetValue, i.Unit.Zh, i.Unit.En, progress.YearResult, progress.Status.Code(),
            };
        });

    public static IReadOnlyList<string> ESignatureYearsHeader { get; } =
    [
        "agency", "plan", "roc_year", "ad_year", "months", "online_signed", "denominator", "ratio_percent", "target_percent", "status",
    ];

    /// <summary>An agency's e-signature years: the summed counts, so the ratio can be recomputed, beside the ratio and the target.</summary>
    public static IEnumerable<object?[]> ESignatureYearRows(IEnumerable<ESignatureYear> years) =>
        years.Select(y => new object?[]
        {
            y.Plan.AgencyCode, y.Plan.Slug, y.Plan.RocYear, y.Plan.AdYear, y.Months.Count, y.Total?.Numerator, y.Total?.Denominator,
            y.RatioPercent, y.TargetPercent, y.Status.Code(),
        });
}
