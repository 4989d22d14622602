using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Chains;

/// <summary>
/// The one place chains are computed: every indicator of every plan belongs to exactly one chain
/// (a lone indicator is a chain of one year), following the continuation links editors confirmed.
/// </summary>
public sealed class IndicatorChains
{
    private readonly Dictionary<long, IndicatorChain> byIndicator = [];

    private IndicatorChains(IReadOnlyList<IndicatorChain> all)
    {
        All = all;
        foreach (var chain in all)
        {
            foreach (var year in chain.Years)
            {
                byIndicator[year.Indicator.Id] = chain;
            }
        }
    }

    /// <summary>Every chain, by agency and then by the first year and the newest indicator's code.</summary>
    public IReadOnlyList<IndicatorChain> All { get; }

    /// <summary>The chain an indicator belongs to.</summary>
    public IndicatorChain Of(Indicator indicator) => byIndicator[indicator.Id];

    public IndicatorChain? Find(long chainId) =>
        byIndicator.TryGetValue(chainId, out var chain) && chain.Id == chainId ? chain : null;

    public static IndicatorChains Of(IEnumerable<Plan> plans)
    {
        var entries = plans.SelectMany(p => p.Indicators.Select(i => new ChainLink(p, i))).ToList();
        var byId = entries.ToDictionary(e => e.Indicator.Id);

        // A link counts only when an editor confirmed it (a proposal is a suggestion for editors) and
        // it points to the same agency's plan of the year before.
        var next = new Dictionary<long, ChainLink>();
        foreach (var e in entries)
        {
            if (e.Indicator.ContinuesId is { } previousId
                && e.Indicator.ContinuationConfirmed
                && byId.TryGetValue(previousId, out var previous)
                && previous.Plan.AgencyCode == e.Plan.AgencyCode
                && previous.Plan.RocYear == e.Plan.RocYear - 1)
            {
                next.TryAdd(previousId, e);
            }
        }

        var continued = next.Values.Select(v => v.Indicator.Id).ToHashSet();
        var chains = new List<IndicatorChain>();
        foreach (var start in entries.Where(e => !continued.Contains(e.Indicator.Id)))
        {
            var years = new List<ChainLink> { start };
            while (next.TryGetValue(years[^1].Indicator.Id, out var following))
            {
                years.Add(following);
            }

            chains.Add(new IndicatorChain(start.Plan.AgencyCode, years));
        }

        return new IndicatorChains(chains
            .OrderBy(c => c.AgencyCode, StringComparer.Ordinal)
            .ThenBy(c => c.FirstYear)
            .ThenBy(c => c.Newest.Indicator.GoalOrdinal)
            .ThenBy(c => c.Newest.Indicator.Ordinal)
            .ToList());
    }
}
