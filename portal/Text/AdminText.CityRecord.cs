namespace PerformancePlan.Portal.Text;

/// <summary>The strings of the city's record: agencies, the city name, year-to-year links, next year's plan.</summary>
public sealed partial class AdminText
{
    public required string NavAgencies { get; init; }

    public required string NavLinks { get; init; }

    public required string NavNewYear { get; init; }

    public required string AgenciesIntro { get; init; }

    public required string AgenciesCaption { get; init; }

    public required string AddAgency { get; init; }

    public required string EditAgency { get; init; }

    public required string DeleteAgency { get; init; }

    public required string AgencyHasNoPlans { get; init; }

    public required string PlanCount { get; init; }

    public required string CodeHint { get; init; }

    public required string CodeFixed { get; init; }

    public required string SortOrderHint { get; init; }

    public required string AgencyName { get; init; }

    public required string CityName { get; init; }

    public required string CityNameIntro { get; init; }

    public required string EditCityName { get; init; }

    public required string LinksIntro { get; init; }

    public required string LinksCaption { get; init; }

    public required string NoPreviousPlan { get; init; }

    public required string Continues { get; init; }

    public required string LinkProposed { get; init; }

    public required string LinkConfirmed { get; init; }

    public required string LinkNone { get; init; }

    public required string Confirm { get; init; }

    public required string ChangeLink { get; init; }

    public required string RemoveLink { get; init; }

    public required string ProposeLinks { get; init; }

    public required string EditLink { get; init; }

    public required string NoEarlierIndicator { get; init; }

    public required string ContinuesHint { get; init; }

    public required string NewYearIntro { get; init; }

    public required string NewYearFrom { get; init; }

    public required string StartPlan { get; init; }

    public required string NewYearHint { get; init; }

    public required string NewSlugHint { get; init; }

    public required string DoneStarted { get; init; }

    public required string DoneConfirmed { get; init; }

    public required string DoneRemoved { get; init; }

    public required string DoneProposed { get; init; }
}
