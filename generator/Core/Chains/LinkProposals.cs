using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Chains;

/// <summary>
/// Which indicator of last year's plan each of this year's indicators most likely continues: the one
/// with the same measurement standard and unit, or else the one with the same title. Each of last
/// year's indicators is proposed at most once, and indicators already linked are left alone.
/// </summary>
public static class LinkProposals
{
    public static IReadOnlyList<(Indicator Indicator, Indicator Continues)> Propose(
        IEnumerable<Indicator> lastYear, IEnumerable<Indicator> thisYear, IReadOnlySet<long> alreadyContinued)
    {
        var candidates = lastYear.Where(i => !alreadyContinued.Contains(i.Id)).ToList();
        var unlinked = thisYear.Where(i => i.ContinuesId is null).ToList();
        var taken = new HashSet<long>();
        var proposals = new List<(Indicator, Indicator)>();
        foreach (var rule in new Func<Indicator, Indicator, bool>[] { SameMeasurement, SameTitle })
        {
            foreach (var indicator in unlinked.Where(i => proposals.All(p => p.Item1.Id != i.Id)))
            {
                var match = candidates.FirstOrDefault(c => !taken.Contains(c.Id) && rule(c, indicator));
                if (match is not null)
                {
                    taken.Add(match.Id);
                    proposals.Add((indicator, match));
                }
            }
        }

        return proposals.OrderBy(p => p.Item1.GoalOrdinal).ThenBy(p => p.Item1.Ordinal).ToList();
    }

    private static bool SameMeasurement(Indicator a, Indicator b) =>
        Normal(a.MeasurementStandard.Zh) == Normal(b.MeasurementStandard.Zh) && Normal(a.Unit.Zh) == Normal(b.Unit.Zh)
        && Normal(a.MeasurementStandard.Zh).Length > 0;

    private static bool SameTitle(Indicator a, Indicator b) =>
        Normal(a.Title.Zh) == Normal(b.Title.Zh) && Normal(a.Title.Zh).Length > 0;

    private static string Normal(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
