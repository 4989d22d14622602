using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Figures;

public class OverdueIndicatorsTests
{
    private static readonly DateOnly AfterTheYear = new(2019, 3, 1);

    [Fact]
    public void Plans_are_listed_in_the_order_given_with_only_their_overdue_indicators_and_plans_without_any_are_left_out()
    {
        using var complete = new SeededDatabase();
        using var withoutData = new SeededDatabase(withData: false);
        var full = new PlanReader(complete.Database).Load("107-secretariat")!;
        var empty = new PlanReader(withoutData.Database).Load("107-secretariat")!;

        var overdue = OverdueIndicators.Of([full, empty, full], AfterTheYear);

        var plan = Assert.Single(overdue.Plans);
        Assert.Same(empty.Plan, plan.Plan);
        Assert.Equal(PlanFigures.Of(empty, AfterTheYear).Overdue.Select(r => r.Indicator.Code), plan.Indicators.Select(r => r.Indicator.Code));
        Assert.Equal(empty.Plan.Indicators.Count(), overdue.Count);
        Assert.Equal(AfterTheYear, overdue.AsOf);
    }

    [Fact]
    public void Taking_the_first_few_keeps_the_groups_and_their_full_counts()
    {
        using var withoutData = new SeededDatabase(withData: false);
        var empty = new PlanReader(withoutData.Database).Load("107-secretariat")!;
        var overdue = OverdueIndicators.Of([empty, empty], AfterTheYear);
        var perPlan = overdue.Plans[0].Count;

        var taken = overdue.Take(perPlan + 1);

        Assert.Equal(2, taken.Count);
        Assert.Equal(perPlan, taken[0].Indicators.Count);
        Assert.Single(taken[1].Indicators);
        Assert.Equal(perPlan, taken[1].Count);
        Assert.Equal(overdue.Plans, overdue.Take(2 * perPlan));
        Assert.Single(overdue.Take(perPlan));
    }
}
