using PerformancePlan.Core;
using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Figures;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.OpenData;

/// <summary>The CSV of one indicator chain: a row per year with the figures its page shows.</summary>
public static class ChainCsv
{
    /// <summary>The chain files' one schema: every <c>data/chains/&lt;id&gt;.csv</c>, and <c>data/all/chain-years.csv</c> that joins them.</summary>
    public static IReadOnlyList<DatasetField> Fields { get; } =
    [
        new("chain_id", FieldType.Integer, new("跨年度指標代碼（同 indicators.csv 之 chain_id）", "Chain id (as chain_id in indicators.csv)")) { Required = true },
        Datasets.AgencyField,
        Datasets.PlanField,
        Datasets.RocYearField,
        Datasets.AdYearField,
        new("indicator_code", FieldType.String, new("該年度計畫內之指標編號：目標序號.指標序號", "Indicator code in that year's plan: goal number.indicator number")) { Required = true },
        new("continues", FieldType.String,
            new("所延續之前一年度指標（計畫代碼/指標編號），空白表示該鏈之第一年", "The previous year's indicator it continues (plan/indicator_code); empty for the chain's first year")),
        new("goal_number", FieldType.Integer, new("所屬目標序號", "Number of the goal it belongs to")) { Required = true },
        new("title_zh", FieldType.String, new("指標名稱（中文）", "Indicator title in Chinese")) { Required = true },
        new("title_en", FieldType.String, new("指標名稱（英文），空白表示翻譯中", "Indicator title in English; empty while the translation is pending")),
        new("weight_percent", FieldType.Number, new("指標權重", "Weight of the indicator"), Datasets.Percent) { Required = true },
        new("target_value", FieldType.Number, new("年度目標值，單位見 unit 欄；空白表示尚未訂定", "Target for the fiscal year, in the unit of the unit columns; empty while not set")),
        new("unit_zh", FieldType.String, new("目標值與年度結果之單位（中文）", "Unit of the target and result in Chinese")) { Required = true },
        new("unit_en", FieldType.String, new("目標值與年度結果之單位（英文，複數）", "Unit of the target and result in English, plural")),
        new("year_result", FieldType.Number, new("年度結果（同 indicators.csv）", "The year's result (as in indicators.csv)")),
        new("achievement_percent", FieldType.Number, new("達成率（同 indicators.csv）", "Achievement (as in indicators.csv)"), Datasets.Percent),
        new("status", FieldType.String, new("該年度之狀態（同 indicators.csv）", "The year's status (as in indicators.csv)")) { Required = true },
    ];

    public static IReadOnlyList<string> Header { get; } = Fields.Select(f => f.Name).ToList();

    /// <summary>The chain-years dataset: every chain's rows in one file (<c>data/all/chain-years.csv</c>).</summary>
    public static PackageResource AllResource(DateOnly lastUpdated) => new(
        "chain-years", "chain-years.csv",
        new("跨年度指標之逐年資料", "Indicators across years, year by year"),
        new("每一跨年度指標每一年度一列，即各指標歷年頁面之資料（data/chains/ 之檔案依 chain_id 合併）。",
            "One row per indicator chain and year: the figures of each indicator's history page (the files of data/chains/ joined, by chain_id)."),
        Fields, lastUpdated);

    /// <summary>One chain's file in <c>data/chains/datapackage.json</c>, titled by its newest year's indicator.</summary>
    public static PackageResource Resource(IndicatorChain chain, DateOnly lastUpdated)
    {
        var id = chain.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var title = chain.Newest.Indicator.Title;
        return new(
            "chain-" + id, id + ".csv",
            new($"{chain.Newest.Plan.Agency.Zh}：{title.Zh}（{chain.FirstYear}–{chain.LastYear} 年度）", $"{chain.Newest.Plan.Agency.OrFallback(Language.En)}: {title.OrFallback(Language.En)} (ROC {chain.FirstYear}–{chain.LastYear})"),
            new("同一指標逐年之目標、年度結果與狀態。", "The same indicator's target, year result and status, year by year."),
            Fields, lastUpdated);
    }

    public static IEnumerable<object?[]> Rows(SiteInfo site, IndicatorChain chain) =>
        chain.Years.Select((year, n) =>
        {
            var i = year.Indicator;
            var progress = site.ResultOf(i);
            return new object?[]
            {
                chain.Id, chain.AgencyCode, year.Plan.Slug, year.Plan.RocYear, year.Plan.AdYear, i.Code,
                n == 0 ? null : Continues(chain.Years[n - 1]), i.GoalOrdinal, i.Title.Zh, i.Title.En,
                i.WeightPercent, i.TargetPending ? null : i.TargetValue, i.Unit.Zh, i.Unit.En,
                progress.YearResult, progress.AchievementPercent, progress.Status.Code(),
            };
        });

    /// <summary>"107-secretariat/1.2": the previous year's indicator, by plan and code.</summary>
    public static string Continues(ChainLink previous) => $"{previous.Plan.Slug}/{previous.Indicator.Code}";
}
