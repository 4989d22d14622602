using PerformancePlan.Core;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Generator.Site;

/// <summary>How a plan and its goals are named on pages, in titles and in breadcrumbs.</summary>
public static class PlanTexts
{
    /// <summary>"桃園市政府秘書處 107 年度施政計畫" / "Secretariat, Taoyuan City Government: performance plan FY2018 (ROC 107)".</summary>
    public static TextRun Name(Plan plan, Language language) => language == Language.ZhTw
        ? new TextRun(ZhName(plan))
        : plan.AgencyWithCity.HasEnglish
            ? new TextRun($"{plan.AgencyWithCity.En}: performance plan FY{plan.AdYear} (ROC {plan.RocYear})")
            : new TextRun(ZhName(plan), Language.ZhTw.Tag());

    public static string ZhName(Plan plan) => $"{plan.AgencyWithCity.Zh} {plan.RocYear} 年度施政計畫";

    /// <summary>"目標一：推動國際友好城市交流" for titles.</summary>
    public static string GoalTitle(StrategicGoal goal, Language language) =>
        Text.UiText.For(language).GoalNumber(goal.Ordinal) + (language == Language.ZhTw ? "：" : ": ") + goal.Title.OrFallback(language);

    public static Crumb HomeCrumb(Language language) => new(Text.UiText.For(language).Home, SitePaths.LanguageHome(language));

    public static Crumb PlanCrumb(Plan plan, Language language) => new(Name(plan, language), SitePaths.PlanHome(language, plan.Slug));

    /// <summary>The anchor of an indicator's section on its goal page: <c>indicator-1-2</c>.</summary>
    public static string IndicatorAnchor(Indicator indicator) => $"indicator-{indicator.GoalOrdinal}-{indicator.Ordinal}";
}
