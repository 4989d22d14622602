using PerformancePlan.Core;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.Generator.Text;

namespace PerformancePlan.Generator.Site.Explorer;

/// <summary>One indicator as the explorer lists it: its plan, goal and figures as of the build's date.</summary>
public sealed record ExplorerRow(PlanSnapshot Snapshot, StrategicGoal Goal, IndicatorResult Result)
{
    public Indicator Indicator => Result.Indicator;
}

/// <summary>
/// Every indicator of every plan in the explorer's order (agency by agency in the city's order,
/// newest year first, then by goal and indicator), with the figures from <see cref="SiteInfo"/>;
/// the explorer's pages and its index are made from these rows and nothing else.
/// </summary>
public static class ExplorerRows
{
    public static IEnumerable<ExplorerRow> Of(SiteInfo site, IEnumerable<PlanSnapshot> plans) =>
        plans.SelectMany(snapshot =>
        {
            var figures = site.FiguresOf(snapshot);
            return snapshot.Plan.Goals.SelectMany(goal => figures.For(goal).Select(result => new ExplorerRow(snapshot, goal, result)));
        });

    /// <summary>Every plan in the explorer's order.</summary>
    public static IEnumerable<PlanSnapshot> Plans(SiteInfo site) => site.Agencies.SelectMany(a => a.Plans);

    /// <summary>The plans of one fiscal year, agency by agency.</summary>
    public static IEnumerable<PlanSnapshot> PlansOf(SiteInfo site, int rocYear) =>
        site.Agencies.Select(a => a.In(rocYear)).OfType<PlanSnapshot>();

    /// <summary>A value with its unit as plain text, as <see cref="Fragments.Quantity(PageContext, decimal, Indicator)"/> shows it: "6 次", "45%", "20 delegations".</summary>
    public static string QuantityText(decimal value, Indicator indicator, Language language)
    {
        var unit = indicator.UnitFor(value);
        return unit.Zh == "%" ? Formats.Number(value) + "%" : Formats.Number(value) + " " + unit.OrFallback(language);
    }
}
