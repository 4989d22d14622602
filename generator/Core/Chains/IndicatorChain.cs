using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Chains;

/// <summary>One year of a chain: the plan and its indicator that continues the year before.</summary>
public sealed record ChainLink(Plan Plan, Indicator Indicator);

/// <summary>
/// An indicator followed across an agency's years: each year's indicator continues the one before.
/// Its <see cref="Id"/> is the id of the oldest indicator, so adding a year keeps the chain's address.
/// </summary>
public sealed record IndicatorChain(string AgencyCode, IReadOnlyList<ChainLink> Years)
{
    public long Id => Years[0].Indicator.Id;

    public ChainLink Newest => Years[^1];

    public int FirstYear => Years[0].Plan.RocYear;

    public int LastYear => Years[^1].Plan.RocYear;

    /// <summary>True when the chain runs over more than one year.</summary>
    public bool RunsAcrossYears => Years.Count > 1;
}
