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

    /// <summary>
    /// The files of <c>data/all/</c> that are not a per-plan dataset: the plans, and the per-agency and
    /// per-chain files joined (chains, chain-years, e-signature-years), in the order the open-data
    /// guide and <c>data/all/datapackage.json</c> list them.
    /// </summary>
    public static IReadOnlyList<PackageResource> AcrossPlansResources(DateOnly lastUpdated) =>
        [PlansResource(lastUpdated), ChainsResource(lastUpdated), ChainCsv.AllResource(lastUpdated), ESignatureYearsResource(lastUpdated)];

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

    /// <summary>An agency's indicators that run across years (<c>chains.csv</c>): one row per chain, with its newest year's figures.</summary>
    public static PackageResource ChainsResource(DateOnly lastUpdated) => new(
        "chains", "chains.csv",
        new("跨年度指標", "Indicators across years"),
        new("每一逐年延續之指標一列：起訖年度、年數，及最新一年度之目標值、年度結果與狀態；逐年資料見 chain-years.csv 或 data/chains/ 之檔案。",
            "One row per indicator continued from year to year: its first and last years, its number of years, and its newest year's target, result and status; the figures year by year are in chain-years.csv and the files of data/chains/."),
        ChainsFields, lastUpdated);

    public static IReadOnlyList<DatasetField> ChainsFields { get; } =
    [
        new("chain_id", FieldType.Integer, new("跨年度指標代碼（同 indicators.csv 之 chain_id）", "Chain id (as chain_id in indicators.csv)")) { Required = true },
        Datasets.AgencyField,
        new("first_roc_year", FieldType.Integer, new("第一個年度（民國）", "First fiscal year, ROC calendar")) { Required = true },
        new("last_roc_year", FieldType.Integer, new("最新年度（民國）", "Newest fiscal year, ROC calendar")) { Required = true },
        new("years", FieldType.Integer, new("年數", "Number of years")) { Required = true },
        new("newest_plan", FieldType.String, new("最新年度之計畫代碼", "Plan code of the newest year")) { Required = true },
        new("indicator_code", FieldType.String, new("最新年度計畫內之指標編號", "Indicator code in the newest year's plan")) { Required = true },
        new("title_zh", FieldType.String, new("最新年度之指標名稱（中文）", "The newest year's indicator title in Chinese")) { Required = true },
        new("title_en", FieldType.String, new("最新年度之指標名稱（英文），空白表示翻譯中", "The newest year's indicator title in English; empty while the translation is pending")),
        new("target_value", FieldType.Number, new("最新年度之目標值，單位見 unit 欄；空白表示尚未訂定", "The newest year's target, in the unit of the unit columns; empty while not set")),
        new("unit_zh", FieldType.String, new("目標值與年度結果之單位（中文）", "Unit of the target and result in Chinese")) { Required = true },
        new("unit_en", FieldType.String, new("目標值與年度結果之單位（英文，複數）", "Unit of the target and result in English, plural")),
        new("year_result", FieldType.Number, new("最新年度之年度結果（同 indicators.csv）", "The newest year's result (as in indicators.csv)")),
        new("status", FieldType.String, new("最新年度之狀態（同 indicators.csv）", "The newest year's status (as in indicators.csv)")) { Required = true },
    ];

    public static IReadOnlyList<string> ChainsHeader { get; } = ChainsFields.Select(f => f.Name).ToList();

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

    /// <summary>An agency's e-signature years (<c>e-signature-years.csv</c>): each year's summed counts, ratio and target.</summary>
    public static PackageResource ESignatureYearsResource(DateOnly lastUpdated) => new(
        "e-signature-years", "e-signature-years.csv",
        new("公文線上簽核比率（逐年）", "Online signing ratio by year"),
        new("每一機關每一年度一列：e-signature.csv 各月份之分子、分母加總，比率及該年度之目標值；比率 = online_signed ÷ denominator × 100。",
            "One row per agency and year: the sums of the numerator and denominator of the months in e-signature.csv, the ratio and that year's target; ratio = online_signed ÷ denominator × 100."),
        ESignatureYearsFields, lastUpdated);

    public static IReadOnlyList<DatasetField> ESignatureYearsFields { get; } =
    [
        Datasets.AgencyField,
        Datasets.PlanField,
        Datasets.RocYearField,
        Datasets.AdYearField,
        new("months", FieldType.Integer, new("已填報之月數", "Number of months reported")) { Required = true },
        new("online_signed", FieldType.Integer, new("線上簽核件數（各月加總），比率之分子", "Documents signed online, summed over the months: the ratio's numerator"), new("件", "documents")),
        new("denominator", FieldType.Integer, new("電子公文收文數 + 紙本來文線上簽核數 + 自創簽稿數（各月加總），比率之分母", "Electronic documents received + paper documents signed online + self-created drafts, summed over the months: the ratio's denominator"), new("件", "documents")),
        new("ratio_percent", FieldType.Number, new("線上簽核比率：online_signed ÷ denominator × 100，同電子簽核頁面所示", "Online signing ratio: online_signed ÷ denominator × 100, as the e-signature page shows it"), Datasets.Percent),
        new("target_percent", FieldType.Number, new("該年度之目標值", "That year's target"), Datasets.Percent),
        new("status", FieldType.String, new("該年度比率指標之狀態（同 indicators.csv）", "Status of that year's ratio indicator (as in indicators.csv)")) { Required = true },
    ];

    public static IReadOnlyList<string> ESignatureYearsHeader { get; } = ESignatureYearsFields.Select(f => f.Name).ToList();

    /// <summary>An agency's e-signature years: the summed counts, so the ratio can be recomputed, beside the ratio and the target.</summary>
    public static IEnumerable<object?[]> ESignatureYearRows(IEnumerable<ESignatureYear> years) =>
        years.Select(y => new object?[]
        {
            y.Plan.AgencyCode, y.Plan.Slug, y.Plan.RocYear, y.Plan.AdYear, y.Months.Count, y.Total?.Numerator, y.Total?.Denominator,
            y.RatioPercent, y.TargetPercent, y.Status.Code(),
        });
}
