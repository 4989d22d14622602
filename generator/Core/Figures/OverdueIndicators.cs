using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Figures;

/// <summary>
/// One plan's overdue indicators as of a date (<see cref="PlanFigures.Overdue"/>), in the plan's order:
/// <see cref="Indicators"/> may be the first few of them, <see cref="Count"/> counts them all.
/// </summary>
public sealed record PlanOverdue(PlanFigures Figures, IReadOnlyList<IndicatorResult> Indicators, int Count)
{
    public Plan Plan => Figures.Snapshot.Plan;
}

/// <summary>
/// The editors' to-do list across every plan: the indicators whose latest due period has no actual,
/// as <see cref="PlanFigures"/> judges them, grouped by plan in the order given; plans with none are left out.
/// </summary>
public sealed class OverdueIndicators
{
    private OverdueIndicators(IReadOnlyList<PlanOverdue> plans, DateOnly asOf)
    {
        Plans = plans;
        AsOf = asOf;
        Count = plans.Sum(p => p.Count);
    }

    /// <summary>Only the plans with an overdue indicator.</summary>
    public IReadOnlyList<PlanOverdue> Plans { get; }

    /// <summary>The date asked for (a closed year's plan is judged as of its own, earlier, <see cref="PlanFigures.AsOf"/>).</summary>
    public DateOnly AsOf { get; }

    /// <summary>Overdue indicators in every plan.</summary>
    public int Count { get; }

    public static OverdueIndicators Of(IEnumerable<PlanSnapshot> plans, DateOnly asOf)
    {
        var overdue = new List<PlanOverdue>();
        foreach (var snapshot in plans)
        {
            var figures = PlanFigures.Of(snapshot, asOf);
            var indicators = figures.Overdue;
            if (indicators.Count > 0)
            {
                overdue.Add(new PlanOverdue(figures, indicators, indicators.Count));
            }
        }

        return new OverdueIndicators(overdue, asOf);
    }

    /// <summary>The first <paramref name="limit"/> indicators, plan by plan, in the same groups; every plan when the limit covers them all.</summary>
    public IReadOnlyList<PlanOverdue> Take(int limit)
    {
        var taken = new List<PlanOverdue>();
        var left = limit;
        foreach (var plan in Plans)
        {
            if (left <= 0)
            {
                break;
            }

            taken.Add(plan.Indicators.Count <= left ? plan : plan with { Indicators = plan.Indicators.Take(left).ToList() });
            left -= plan.Indicators.Count;
        }

        return taken;
    }
}
