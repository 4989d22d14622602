using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Actuals;

/// <summary>Every indicator with its actuals by period: each cell opens the form for that indicator and period.</summary>
public sealed class IndexModel : AdminPageModel
{
    public Plan? Plan { get; private set; }

    /// <summary>The figures as the published site computes them, as of today.</summary>
    public PerformancePlan.Core.Figures.PlanFigures? Figures { get; private set; }

    public IReadOnlyList<Period> Periods { get; private set; } = [];

    public void OnGet()
    {
        var snapshot = LoadPlan();
        Plan = snapshot.Plan;
        // Derived from the plan and the date only: computed once per version of the database and day,
        // from the plan as that version holds it (read through the cache, never older than the snapshot).
        var asOf = PerformancePlan.Core.Figures.AsOfDate.Today(Clock);
        Figures = Reader.Derived(
            "actuals figures " + snapshot.Plan.Slug + " " + asOf.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            cache => PerformancePlan.Core.Figures.PlanFigures.Of(cache.Load(snapshot.Plan.Slug) ?? snapshot, asOf));
        Periods = ActualPeriods.For(Plan);
    }
}

public static class ActualPeriods
{
    /// <summary>The fiscal year's four quarters, plus any other period that already has an actual.</summary>
    public static IReadOnlyList<Period> For(Plan plan) =>
        Enumerable.Range(1, 4).Select(q => Period.Quarter(plan.AdYear, q))
            .Concat(plan.Indicators.SelectMany(i => i.Actuals).Select(a => a.Period))
            .Distinct()
            .Order()
            .ToList();
}
