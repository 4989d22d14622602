using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Figures;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.OpenData;

/// <summary>The CSV of one indicator chain: a row per year with the figures its page shows.</summary>
public static class ChainCsv
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "chain_id", "agency", "plan", "roc_year", "ad_year", "indicator_code", "continues", "goal_number", "title_zh", "title_en",
        "weight_percent", "target_value", "unit_zh", "unit_en", "year_result", "achievement_percent", "status",
    ];

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
