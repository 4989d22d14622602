using PerformancePlan.Core;

namespace PerformancePlan.Portal.Text;

/// <summary>
/// Every string the admin shows, declared once; <see cref="ZhTw"/> and <see cref="En"/> give the
/// values, each language in its own file. A string missing in one language does not compile.
/// </summary>
public sealed partial class AdminText
{
    public required string AppName { get; init; }

    public required string SkipToContent { get; init; }

    public required string SwitchLanguage { get; init; }

    public required string SignedInAs { get; init; }

    public required string SignOut { get; init; }

    public required string ViewPublicSite { get; init; }

    public required string NavLabel { get; init; }

    public required string NavDashboard { get; init; }

    public required string NavTexts { get; init; }

    public required string NavGoals { get; init; }

    public required string NavActuals { get; init; }

    public required string NavExchanges { get; init; }

    public required string NavBudget { get; init; }

    public required string NavESignature { get; init; }

    public required string NavSitePages { get; init; }

    public required string NavAudit { get; init; }

    public required string NavPublish { get; init; }

    public required string NavUsers { get; init; }

    public required string ChoosePlan { get; init; }

    public required string Show { get; init; }

    public required string DoneSaved { get; init; }

    public required string DoneCreated { get; init; }

    public required string DoneDeleted { get; init; }

    public required string DonePublished { get; init; }

    public required string DoneRestored { get; init; }

    public required string DonePasswordReset { get; init; }

    public required string ErrorSummaryTitle { get; init; }

    public required string ConflictTitle { get; init; }

    public required string ConflictDeletedTitle { get; init; }

    public required string ConflictChangedBy { get; init; }

    public required string ConflictTableCaption { get; init; }

    public required string ConflictAdvice { get; init; }

    public required string ConflictDeletedAdvice { get; init; }

    public required string Field { get; init; }

    public required string TheirValue { get; init; }

    public required string YourValue { get; init; }

    public required string Required { get; init; }

    public required string MustBeNumber { get; init; }

    public required string MustBeWholeNumber { get; init; }

    public required string MustBeDate { get; init; }

    public required string MustBeMonth { get; init; }

    public required string MaxLengthHint { get; init; }

    public required string Save { get; init; }

    public required string Edit { get; init; }

    public required string Delete { get; init; }

    public required string Cancel { get; init; }

    public required string Actions { get; init; }

    public required string All { get; init; }

    public required string Choose { get; init; }

    public required string None { get; init; }

    public required string Filter { get; init; }

    public required string Total { get; init; }

    public required string Code { get; init; }

    public required string Title { get; init; }

    public required string Year { get; init; }

    public required string When { get; init; }

    public required string Who { get; init; }

    public required string What { get; init; }

    public required string OldValue { get; init; }

    public required string NewValue { get; init; }

    public required string State { get; init; }

    public required string TranslationPending { get; init; }

    public required string SignInTitle { get; init; }

    public required string SignInButton { get; init; }

    public required string SignInWrong { get; init; }

    public required string SignInLocked { get; init; }

    public required string SignedOut { get; init; }

    public required string NoUsersTitle { get; init; }

    public required string NoUsersHelp { get; init; }

    public required string UserName { get; init; }

    public required string Password { get; init; }

    public required string NewPassword { get; init; }

    public required string PasswordHint { get; init; }

    public required string Plans { get; init; }

    public required string Plan { get; init; }

    public required string NoPlans { get; init; }

    public required string RocYearLabel { get; init; }

    public required string SampleData { get; init; }

    public required string LastPublish { get; init; }

    public required string LastPublishLine { get; init; }

    public required string NeverPublished { get; init; }

    public required string GoToPublish { get; init; }

    public required string ChangesSincePublish { get; init; }

    public required string NoChanges { get; init; }


    public required string TextsIntro { get; init; }

    public required string Agency { get; init; }

    public required string Vision { get; init; }

    public required string TaskN { get; init; }

    public required string TaskNZh { get; init; }

    public required string TaskNEn { get; init; }

    public required string NewTask { get; init; }

    public required string NewTaskHint { get; init; }

    public required string GoalWeightSum { get; init; }

    public required string WeightSumNot100 { get; init; }

    public required string IndicatorsOfGoal { get; init; }

    public required string EditGoal { get; init; }

    public required string EditIndicator { get; init; }

    public required string WeightHint { get; init; }

    public required string ItemN { get; init; }

    public required string ItemNZh { get; init; }

    public required string ItemNEn { get; init; }

    public required string NewItem { get; init; }

    public required string MeasurementStandard { get; init; }

    public required string Unit { get; init; }

    public required string Target { get; init; }

    public required string TargetHint { get; init; }

    public required string ReasonHint { get; init; }

    public required string ActualsIntro { get; init; }

    public required string ActualsTableCaption { get; init; }

    public required string Indicator { get; init; }

    public required string Achievement { get; init; }

    public required string Enter { get; init; }

    public required string ActualFor { get; init; }

    public required string ValueIn { get; init; }

    public required string AddExchange { get; init; }

    public required string EditExchange { get; init; }

    public required string DeleteExchange { get; init; }

    public required string ImportExchanges { get; init; }

    public required string ExchangeLog { get; init; }

    public required string ShowingOf { get; init; }

    public required string Partner { get; init; }

    public required string PartnerCityHint { get; init; }

    public required string Summary { get; init; }

    public required string SourceUrlHint { get; init; }

    public required string DeleteConfirm { get; init; }

    public required string DeleteConfirmButton { get; init; }

    public required string ImportIntro { get; init; }

    public required string ImportColumns { get; init; }

    public required string FileHint { get; init; }

    public required string RowsHint { get; init; }

    public required string Import { get; init; }

    public required string ImportDone { get; init; }

    public required string ImportFailed { get; init; }

    public required string ImportNothing { get; init; }

    public required string FileTooLarge { get; init; }

    public required string RowErrorsTitle { get; init; }

    public required string AddBudgetLine { get; init; }

    public required string EditBudgetLine { get; init; }

    public required string DeleteBudgetLine { get; init; }

    public required string BudgetCaption { get; init; }

    public required string Programme { get; init; }

    public required string ProgrammeHint { get; init; }

    public required string Items { get; init; }

    public required string Note { get; init; }

    public required string AmountHint { get; init; }

    public required string ESignatureFormula { get; init; }

    public required string ESignatureCaption { get; init; }

    public required string AddMonth { get; init; }

    public required string EditMonth { get; init; }

    public required string MonthHint { get; init; }

    public required string Ratio { get; init; }

    public required string SitePagesIntro { get; init; }

    public required string NewPageKey { get; init; }

    public required string PageKeyHint { get; init; }

    public required string NewPage { get; init; }

    public required string EditPage { get; init; }

    public required string MarkdownHelp { get; init; }

    public required string PreviewZh { get; init; }

    public required string PreviewEn { get; init; }

    public required string Preview { get; init; }

    public required string AddUser { get; init; }

    public required string UsersCaption { get; init; }

    public required string Active { get; init; }

    public required string Disabled { get; init; }

    public required string EditUser { get; init; }

    public required string ChangeRole { get; init; }

    public required string ResetPassword { get; init; }

    public required string DisableUser { get; init; }

    public required string EnableUser { get; init; }

    public required string CannotDemoteSelf { get; init; }

    public required string CannotDisableSelf { get; init; }

    public required string Scope { get; init; }

    public required string ScopePlan { get; init; }

    public required string ScopeAll { get; init; }

    public required string DownloadCsv { get; init; }

    public required string AuditCaption { get; init; }

    public required string PublishIntro { get; init; }

    public required string PublishNow { get; init; }

    public required string PublishProgressTitle { get; init; }

    public required string PublishResult { get; init; }

    public required string PublishFailedTitle { get; init; }

    public required string PublishFailed { get; init; }

    public required string PublishBusy { get; init; }

    public required string Releases { get; init; }

    public required string ReleasesCaption { get; init; }

    public required string Release { get; init; }

    public required string PagesCount { get; init; }

    public required string CurrentRelease { get; init; }

    public required string Restore { get; init; }

    public required string PublishChecksTitle { get; init; }

    public required string PublishChecksNone { get; init; }

    public required string PublishChecksBlock { get; init; }

    public required string PublishChecksAcknowledge { get; init; }

    public required string AcknowledgeWarnings { get; init; }

    public required string CheckError { get; init; }

    public required string CheckWarning { get; init; }

    /// <summary>{0} English texts present of {1}, {2} pending.</summary>
    public required string TranslationCoverage { get; init; }

    public required string UnitEnHint { get; init; }

    public required string UnitEnOneHint { get; init; }

    public required string EditAggregation { get; init; }

    public required string EditDataQuality { get; init; }

    public required string AggregationTitle { get; init; }

    public required string AggregationIntro { get; init; }

    public required string CurrentMark { get; init; }

    public required string AggregationReasonHint { get; init; }

    public required string DataQualityTitle { get; init; }

    public required string DataQualityIntro { get; init; }

    public required string DueDaysTitle { get; init; }

    public required string DueDaysIntro { get; init; }

    public required string DueDaysHint { get; init; }

    public required string DueDaysLine { get; init; }

    public required string ChangeDueDays { get; init; }

    public required string RatioDerived { get; init; }

    public required string OverdueTitle { get; init; }

    /// <summary>{0}: the date the indicators are judged as of.</summary>
    public required string OverdueIntro { get; init; }

    /// <summary>{0}: the plan's overdue indicators; {1}: its due days.</summary>
    public required string OverduePlanLine { get; init; }

    /// <summary>{0}: indicators shown; {1}: overdue indicators in every plan.</summary>
    public required string OverdueShowing { get; init; }

    /// <summary>{0}: overdue indicators in every plan.</summary>
    public required string OverdueShowAll { get; init; }

    public required string NoOverdue { get; init; }

    public required string DuePeriod { get; init; }

    public required string DueOn { get; init; }

    public required string LatestReported { get; init; }

    /// <summary>The language these strings are in; field labels are taken in it from Core's <see cref="FieldLabels"/>.</summary>
    public required Language Language { get; init; }

    /// <summary>Labels of the admin's own form fields that are not Core fields (file uploads, filters), by field name.</summary>
    public required IReadOnlyDictionary<string, string> FormOnlyFields { get; init; }

    public static AdminText In(Language language) => language == Language.En ? En : ZhTw;

    /// <summary>A field's label: Core's, the one every message and page uses, or the admin's own for a form-only field.</summary>
    public string FieldLabel(string field) =>
        FormOnlyFields.TryGetValue(field, out var label) ? label : FieldLabels.Of(field).OrFallback(Language);

    public string DoneMessage(string done) => done switch
    {
        "saved" => DoneSaved,
        "created" => DoneCreated,
        "deleted" => DoneDeleted,
        "published" => DonePublished,
        "restored" => DoneRestored,
        "password-reset" => DonePasswordReset,
        "started" => DoneStarted,
        "confirmed" => DoneConfirmed,
        "removed" => DoneRemoved,
        "proposed" => DoneProposed,
        _ => DoneSaved,
    };

    /// <summary>Fills a string's placeholders, numbers written the same in every language.</summary>
    public static string Format(string template, params object?[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args);

    /// <summary>A status in the words the published site uses for it.</summary>
    public string Status(PerformancePlan.Core.Figures.IndicatorStatus status) =>
        PerformancePlan.Core.Figures.IndicatorStatuses.Name(status).OrFallback(ReferenceEquals(this, En) ? PerformancePlan.Core.Language.En : PerformancePlan.Core.Language.ZhTw);
}
