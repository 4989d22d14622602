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

    /// <summary>The heading of a chain's data-quality statement, with the year it is of.</summary>
    public required Func<string, string> DataQualityOfYear { get; init; }
    public required string DataQualityNewestYear { get; init; }
    public required string AllPlansDataIntro { get; init; }
    public required string AllZip { get; init; }
    public required string AllDataPackage { get; init; }
    public required string AcrossYearsData { get; init; }
    public required string AcrossYearsDataIntro { get; init; }
    public required string ChainsDataPackage { get; init; }

    /// <summary>An agency's descriptor in the guide's list: "Secretariat: plans, indicators across years, online signing by year".</summary>
    public required Func<string, string> AgencyDataPackage { get; init; }

    // Indicator explorer
    public required string Explorer { get; init; }
    public required Func<int, int, string> ExplorerIntro { get; init; }
    public required string ExplorerDescription { get; init; }
    public required string ExplorerFilters { get; init; }
    public required string FilterAgency { get; init; }
    public required string FilterYear { get; init; }
    public required string FilterStatus { get; init; }
    public required string FilterText { get; init; }
    public required string FilterTextHint { get; init; }
    public required string FilterAll { get; init; }
    public required string FilterReset { get; init; }
    /// <summary>The live count; the script puts the number of matching indicators for {0}.</summary>
    public required string ResultsCount { get; init; }
    public required string ResultsCountOne { get; init; }
    /// <summary>Added to the count when only the first rows are listed: {0} rows listed.</summary>
    public required string ResultsListed { get; init; }
    public required string ResultsNone { get; init; }
    public required string ShowAll { get; init; }
    public required string ResultsCaption { get; init; }
    public required string SortBy { get; init; }
    public required string ByYear { get; init; }
    public required string ByYearIntro { get; init; }
    public required string ByAgency { get; init; }
    public required string ByAgencyIntro { get; init; }
    public required string ByAgencyCaption { get; init; }
    public required Func<int, string> YearShort { get; init; }
    public required Func<string, string> ExplorerYearTitle { get; init; }
    public required Func<string, int, int, string> ExplorerYearIntro { get; init; }
    public required string JumpToAgency { get; init; }
    public required Func<string, string, string> PlanIndicatorsCaption { get; init; }
    public required string OtherYears { get; init; }
    public required string FindIndicators { get; init; }
    public required string WithoutScript { get; init; }
}
