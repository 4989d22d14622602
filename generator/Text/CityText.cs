namespace PerformancePlan.Generator.Text;

/// <summary>
/// The strings of the pages across plans (city overview, agency pages, indicator chains), in one
/// language: <see cref="CityText.ZhTw"/> and <see cref="CityText.En"/>. Every property is required,
/// so a string added for one language cannot be forgotten in the other.
/// </summary>
public sealed partial record CityText
{
    public static CityText For(PerformancePlan.Core.Language language) =>
        language == PerformancePlan.Core.Language.ZhTw ? ZhTw : En;

    public required Func<string, string> OverviewTitle { get; init; }
    public required string OverviewIntro { get; init; }
    public required string OverviewCaption { get; init; }
    public required string AgencyColumn { get; init; }
    public required Func<int, int, string> AchievedOfTotal { get; init; }
    public required string NoPlan { get; init; }
    public required string Agencies { get; init; }
    public required Func<string, string> AgencyDescription { get; init; }
    public required string PlansByYear { get; init; }
    public required string FiscalYearColumn { get; init; }
    public required string PlanColumn { get; init; }
    public required string AchievedColumn { get; init; }
    public required string IndicatorsColumn { get; init; }
    public required string IndicatorsAcrossYears { get; init; }
    public required string IndicatorsAcrossYearsIntro { get; init; }
    public required string NoIndicatorsAcrossYears { get; init; }
    public required string YearsColumn { get; init; }
    public required Func<int, int, string> YearSpan { get; init; }
    public required string ChainIntro { get; init; }
    public required Func<string, string> ChainDescription { get; init; }
    /// <summary>A chain's page title: its indicator, agency and years (titles are unique across the site).</summary>
    public required Func<string, string, string, string> ChainTitle { get; init; }
    public required string YearResult { get; init; }
    public required string GoalColumn { get; init; }
    public required string ChartTitle { get; init; }

    /// <summary>{0} first year, {1} last year, {2} years, {3} years achieved, {4} unit.</summary>
    public required string ChartDescription { get; init; }
    public required string ChartTarget { get; init; }
    public required string ChartResult { get; init; }
    public required string EarlierYears { get; init; }
    public required string TargetPending { get; init; }
    public required string YearByYear { get; init; }
    public required string ESignatureHistory { get; init; }

    /// <summary>{0} the agency.</summary>
    public required Func<string, string> ESignatureHistoryIntro { get; init; }
    public required string ESignatureHistoryChartTitle { get; init; }

    /// <summary>The first month, the last month, the number of months, and each year's summary joined.</summary>
    public required Func<string, string, int, string, string> ESignatureHistoryChartDescription { get; init; }

    /// <summary>One year in the chart's description: the year, its ratio, its target.</summary>
    public required Func<string, string, string, string> ESignatureYearSummary { get; init; }
    public required string ListSeparator { get; init; }
    public required string ESignatureYearsCaption { get; init; }
    public required string MonthsColumn { get; init; }
    public required string YearRatio { get; init; }
    public required string ESignatureHistoryLink { get; init; }
    public required string AllPlansData { get; init; }
}
