using System.Globalization;
using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Chains;

public class NextYearPlanTests
{
    [Fact]
    public void Next_years_plan_copies_texts_goals_and_indicators_with_blank_targets_and_nothing_reported()
    {
        using var db = new SeededDatabase();
        var result = new NextYearPlan(db.Database).Start("107-secretariat", 108, SeededDatabase.Context);
        Assert.Equal("108-secretariat", result.Slug);

        var before = new PlanReader(db.Database).Load("107-secretariat")!;
        var after = new PlanReader(db.Database).Load("108-secretariat")!;
        Assert.Equal(108, after.Plan.RocYear);
        Assert.Equal("secretariat", after.Plan.AgencyCode);
        Assert.Equal(before.Plan.Vision, after.Plan.Vision);
        Assert.Equal(before.Plan.Tasks, after.Plan.Tasks);
        Assert.Equal(before.Plan.Goals.Select(g => (g.Ordinal, g.Title, g.WeightPercent, g.Items.Count)), after.Plan.Goals.Select(g => (g.Ordinal, g.Title, g.WeightPercent, g.Items.Count)));
        Assert.Equal(before.Plan.Indicators.Select(i => (i.Code, i.Title, i.Unit)), after.Plan.Indicators.Select(i => (i.Code, i.Title, i.Unit)));
        Assert.All(after.Plan.Indicators, i => Assert.True(i.TargetPending));
        Assert.All(after.Plan.Indicators, i => Assert.Empty(i.Actuals));
        Assert.Empty(after.BudgetLines);
        Assert.Empty(after.Exchanges);
        Assert.Empty(after.ESignatureMonths);
        Assert.NotEmpty(before.Plan.Indicators.SelectMany(i => i.Actuals));
    }

    [Fact]
    public void Every_copied_indicator_continues_the_one_it_was_copied_from_confirmed()
    {
        using var db = new SeededDatabase(withData: false);
        new NextYearPlan(db.Database).Start("107-secretariat", 108, SeededDatabase.Context);
        var before = new PlanReader(db.Database).Load("107-secretariat")!.Plan.Indicators.ToDictionary(i => i.Code);
        var after = new PlanReader(db.Database).Load("108-secretariat")!.Plan.Indicators.ToList();
        Assert.All(after, i =>
        {
            Assert.Equal(before[i.Code].Id, i.ContinuesId);
            Assert.True(i.ContinuationConfirmed);
        });
        using var c = db.Database.Open();
        Assert.Equal(after.Count, Convert.ToInt32(c.Scalar("SELECT COUNT(*) FROM audit_log WHERE entity = 'indicator_link' AND field = 'continues'"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_year_that_does_not_follow_the_source_plan_is_refused_naming_the_year_and_writes_nothing()
    {
        using var db = new SeededDatabase(withData: false);
        var ex = Assert.Throws<ValidationException>(() => new NextYearPlan(db.Database).Start("107-secretariat", 109, SeededDatabase.Context));
        Assert.Equal("year", ex.Errors.Single().Field);
        Assert.Single(new PlanReader(db.Database).ListPlans());
    }

    [Fact]
    public void Starting_the_same_year_twice_is_refused_naming_the_year_and_the_plan_that_has_it_even_under_another_slug()
    {
        using var db = new SeededDatabase(withData: false);
        var next = new NextYearPlan(db.Database);
        next.Start("107-secretariat", 108, SeededDatabase.Context);
        foreach (var slug in new string?[] { null, "108-secretariat-again" })
        {
            var ex = Assert.Throws<ValidationException>(() => next.Start("107-secretariat", 108, SeededDatabase.Context, slug));
            var error = ex.Errors.Single();
            Assert.Equal("year", error.Field);
            Assert.Contains("108-secretariat", error.Message.En, StringComparison.Ordinal);
        }

        Assert.Equal(2, new PlanReader(db.Database).ListPlans().Count);
    }
}
