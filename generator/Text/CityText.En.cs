namespace PerformancePlan.Generator.Text;

public sealed partial record CityText
{
    public static CityText En { get; } = new()
    {
        OverviewTitle = city => $"{city}: performance plans by agency",
        OverviewIntro = "Find any agency's plan by fiscal year; each cell gives the plan's achieved indicators out of all its indicators, newest year first.",
        OverviewCaption = "Plans by agency and fiscal year (indicators achieved of total)",
        AgencyColumn = "Agency",
        AchievedOfTotal = (achieved, total) => $"{achieved} of {total}",
        NoPlan = "No plan",
        Agencies = "Agencies",
        AgencyDescription = agency => $"{agency}: performance plans by year, indicators followed across years, and budget totals by year.",
        PlansByYear = "Plans by year",
        FiscalYearColumn = "Fiscal year",
        PlanColumn = "Plan",
        AchievedColumn = "Achieved",
        IndicatorsColumn = "Indicators",
        IndicatorsAcrossYears = "Indicators across years",
        IndicatorsAcrossYearsIntro = "An indicator that continues the year before makes one history: see its target and result year by year.",
        NoIndicatorsAcrossYears = "No indicator continues into a following year yet.",
        YearsColumn = "Years",
        YearSpan = (first, last) => $"FY{PerformancePlan.Core.FiscalYear.ToAd(first)}–FY{PerformancePlan.Core.FiscalYear.ToAd(last)}",
        ChainIntro = "This indicator continues from year to year; the table gives each year's goal, weight, target, year result and status.",
        ChainDescription = title => $"{title}: target and year result by year.",
        ChainTitle = (title, agency, span) => $"{title}, {agency}, {span}",
        YearResult = "Year result",
        GoalColumn = "Strategic goal",
        ChartTitle = "Target and year result by year",
        ChartDescription = "Target and year result for {2} fiscal years, {0} to {1} (unit: {4}); the target was met in {3} of them.",
        ChartTarget = "Target",
        ChartResult = "Year result",
        EarlierYears = "Earlier years",
        TargetPending = "Target to be set",
        YearByYear = "Target and result by year",
        AllPlansData = "All plans' data",
    };
}
