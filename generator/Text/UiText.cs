namespace PerformancePlan.Generator.Text;

/// <summary>
/// Every string the published site shows that does not come from the database, in one language.
/// The two languages are <see cref="ZhTwText"/> and <see cref="EnText"/>; every property is
/// required, so a string added for one language cannot be forgotten in the other.
/// </summary>
public sealed record UiText
{
    public static UiText For(PerformancePlan.Core.Language language) =>
        language == PerformancePlan.Core.Language.ZhTw ? ZhTwText.Instance : EnText.Instance;

    public required string SiteName { get; init; }
    public required string SiteTagline { get; init; }
    public required string SkipToContent { get; init; }
    public required string SwitchLanguageLabel { get; init; }
    public required string BreadcrumbLabel { get; init; }
    public required string PlanNavigationLabel { get; init; }
    public required string Home { get; init; }
    public required string Plans { get; init; }
    public required string PlansIntro { get; init; }
    public required string About { get; init; }
    public required string TranslationPending { get; init; }
    public required string SampleNoticeTitle { get; init; }
    public required string SampleNotice { get; init; }
    public required string Colon { get; init; }
    public required string LastUpdated { get; init; }
    public required string LicenceLine { get; init; }
    public required string LicenceName { get; init; }
    public required string DownloadCsv { get; init; }

    // Plan home
    public required string Vision { get; init; }
    public required string Tasks { get; init; }
    public required string StrategicGoals { get; init; }
    public required string GoalCardsIntro { get; init; }
    public required string Weight { get; init; }
    public required string Indicators { get; init; }
    public required Func<int, string> IndicatorCount { get; init; }
    public required Func<int, string> EntryCount { get; init; }

    /// <summary>The exchange filter's status line for a list of <c>total</c> entries; the script puts the number shown for {0}.</summary>
    public required Func<int, string> EntriesShowing { get; init; }
    public required string BudgetTotal { get; init; }
    public required string ThousandNtd { get; init; }
    public required string AtAGlance { get; init; }
    public required string PlanHomeDescription { get; init; }

    // Goal page
    public required string GoalItems { get; init; }
    public required string IndicatorTable { get; init; }
    public required string Code { get; init; }
    public required string Indicator { get; init; }
    public required string MeasurementStandard { get; init; }
    public required string Target { get; init; }
    public required string LatestActual { get; init; }
    public required string Achievement { get; init; }
    public required string Status { get; init; }
    public required string Direction { get; init; }
    public required string History { get; init; }
    public required string HistoryOf { get; init; }
    public required string Period { get; init; }
    public required string Value { get; init; }
    public required string Note { get; init; }
    public required string Source { get; init; }
    public required string ReportedOn { get; init; }
    public required string NoActualsYet { get; init; }
    public required string RelatedBudget { get; init; }
    public required string NoRelatedBudget { get; init; }
    public required string CountingExchanges { get; init; }
    public required string CountsTowards { get; init; }
    public required string DividedBy { get; init; }
    public required string GoalDescription { get; init; }

    // Figures: results, data quality, as-of and overdue, target revisions
    public required string YearResult { get; init; }
    public required string YearToDateColumn { get; init; }
    public required string Aggregation { get; init; }
    public required string HowObtained { get; init; }
    public required string DataQualityTitle { get; init; }
    public required string Overdue { get; init; }
    public required string OverdueCount { get; init; }
    public required string StatusRules { get; init; }
    public required Func<DateOnly, string> StatusesAsOf { get; init; }
    public required string StatusesFinal { get; init; }
    public required Func<string, DateOnly, string> OverdueDetail { get; init; }
    public required Func<string, string> ReportedOnShort { get; init; }
    public required Func<string, string, string, string, string> TargetRevised { get; init; }
    public required Func<decimal, string> WeightsAddUpTo { get; init; }
    public required string NotReportedDate { get; init; }

    // Exchanges
    public required string ExchangeLog { get; init; }
    public required string ExchangeLogIntro { get; init; }
    public required string ExchangeCountsByKind { get; init; }
    public required string ExchangeCountsAgainstTargets { get; init; }
    public required string Kind { get; init; }
    public required string Entries { get; init; }
    public required string EntriesCounted { get; init; }
    public required string ShareOfTarget { get; init; }
    public required string DelegationSize { get; init; }
    public required Func<int, string> PeopleCount { get; init; }
    public required string SourceLink { get; init; }
    public required string AllEntries { get; init; }
    public required string NoExchanges { get; init; }
    public required string FilterLabel { get; init; }
    public required string FilterKind { get; init; }
    public required string FilterYear { get; init; }
    public required string FilterAll { get; init; }
    public required string Feed { get; init; }
    public required string FeedTitle { get; init; }
    public required string ExchangesDescription { get; init; }
    public required string Total { get; init; }

    // Budget
    public required string Budget { get; init; }
    public required string BudgetIntro { get; init; }
    public required string BudgetTable { get; init; }
    public required string Programme { get; init; }
    public required string ImplementationItems { get; init; }
    public required string Amount { get; init; }
    public required string Share { get; init; }
    public required string ProgrammeShares { get; init; }
    public required string BudgetDescription { get; init; }

    // E-signature
    public required string ESignature { get; init; }
    public required string ESignatureIntro { get; init; }
    public required string Formula { get; init; }
    public required string OnlineSigned { get; init; }
    public required string ElectronicReceived { get; init; }
    public required string PaperSignedOnline { get; init; }
    public required string SelfDrafted { get; init; }
    public required string Denominator { get; init; }
    public required string Ratio { get; init; }
    public required string RatioName { get; init; }
    public required string Month { get; init; }
    public required string TargetLine { get; init; }
    public required string MeetsTarget { get; init; }
    public required string BelowTarget { get; init; }
    public required string ChartTitle { get; init; }
    public required string ChartDescription { get; init; }
    public required string ChartAxisRatio { get; init; }
    public required string ChartAxisMonth { get; init; }
    public required string MonthlyFigures { get; init; }
    public required string NoESignatureMonths { get; init; }
    public required string ESignatureDescription { get; init; }
    public required string YearToDate { get; init; }

    // Open data
    public required string OpenData { get; init; }
    public required string OpenDataIntro { get; init; }
    public required string OpenDataGuide { get; init; }
    public required string Datasets { get; init; }
    public required string DataPackage { get; init; }
    public required string Fields { get; init; }
    public required string FieldName { get; init; }
    public required string FieldType { get; init; }
    public required string FieldUnit { get; init; }
    public required string FieldDescription { get; init; }
    public required string Rows { get; init; }
    public required string Licence { get; init; }
    public required string OpenDataDescription { get; init; }
    public required string PlanOpenData { get; init; }

    // Not found and root
    public required string NotFoundTitle { get; init; }
    public required string NotFoundBody { get; init; }
    public required string NotFoundBack { get; init; }
    public required string ChooseLanguage { get; init; }
    public required string EnterSite { get; init; }

    /// <summary>Names of the twelve months for chart axes and tables, January first.</summary>
    public required IReadOnlyList<string> MonthNames { get; init; }

    public required Func<int, int, string> FiscalYear { get; init; }
    public required Func<int, string> GoalNumber { get; init; }
    public required Func<int, string> YearName { get; init; }
    public required Func<int, string> ItemMarker { get; init; }
    public required Func<DateOnly, string> LongDate { get; init; }
    public required Func<DateOnly, string> MonthOfYear { get; init; }

    /// <summary>A reporting period as the page's readers date it: 民國 107 年第 1 季 / Q1 2018.</summary>
    public required Func<PerformancePlan.Core.Plans.Period, string> PeriodName { get; init; }
}
