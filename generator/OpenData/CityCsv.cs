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
    /// <summary>The plans dataset (<c>plans.csv</c>): one row per plan with its indicators counted by status.</summary>
    public static PackageResource PlansResource(DateOnly lastUpdated) => new(
        "plans", "plans.csv",
        new("各機關歷年施政計畫", "Plans by agency and year"),
        new("每一機關每一年度之施政計畫：績效指標數、各狀態之指標數及預算總額；各數字可由 indicators.csv 及 budget.csv 依 plan 欄加總而得。",
            "Every agency's plan of every year: its number of indicators, the number in each status, and its budget total; each figure is the count or sum of indicators.csv and budget.csv rows with the same plan."),
        PlansFields, lastUpdated);

    public static IReadOnlyList<DatasetField> PlansFields { get; } =
    [
        new("agency", FieldType.String, new("機關代碼（網址中的名稱）", "Agency code, as used in the site's addresses")) { Required = true },
        new("agency_zh", FieldType.String, new("機關名稱（中文）", "Agency name in Chinese")) { Required = true },
        new("agency_en", FieldType.String, new("機關名稱（英文）", "Agency name in English")),
        new("plan", FieldType.String, new("計畫代碼（網址中的名稱）", "Plan code, as used in the site's addresses")) { Required = true },
        new("roc_year", FieldType.Integer, new("計畫年度（民國）", "Fiscal year of the plan, ROC calendar (民國)")) { Required = true },
        new("ad_year", FieldType.Year, new("計畫年度（西元）", "Fiscal year of the plan, AD (Gregorian) calendar")) { Required = true },
        new("is_sample", FieldType.Boolean, new("營運數據為說明用之範例資料", "True when the plan's operational figures are illustrative sample data")) { Required = true },
        new("indicators", FieldType.Integer, new("績效指標數", "Number of performance indicators")) { Required = true },
        .. IndicatorStatuses.All.Select(s => new DatasetField(s.Code(), FieldType.Integer,
            new($"狀態為「{s.Name().Zh}」（{s.Code()}）之指標數", $"Number of indicators whose status is {s.Name().En.ToLowerInvariant()} ({s.Code()})")) { Required = true }),
        new("budget_total_thousand_ntd", FieldType.Number, new("預算總額（千元）：budget.csv 之 amount_thousand_ntd 加總", "Budget total in NT$ thousand: the sum of amount_thousand_ntd in budget.csv"), new("千元", "NT$ thousand")) { Required = true },
    ];

    public static IReadOnlyList<string> PlansHeader { get; } = PlansFields.Select(f => f.Name).ToList();

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
