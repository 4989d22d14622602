using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Chains;

public class IndicatorLinkStoreTests
{
    [Fact]
    public void Removed_links_are_proposed_again_from_last_years_plan_and_removal_is_audited()
    {
        using var db = new SeededDatabase(withData: false);
        new NextYearPlan(db.Database).Start("107-secretariat", 108, SeededDatabase.Context);
        var links = new IndicatorLinkStore(db.Database);
        var next = new PlanReader(db.Database).Load("108-secretariat")!.Plan.Indicators.ToList();
        foreach (var i in next)
        {
            links.Remove(i.Id, SeededDatabase.Context);
        }

        Assert.All(new PlanReader(db.Database).Load("108-secretariat")!.Plan.Indicators, i => Assert.Null(i.ContinuesId));
        Assert.Equal(next.Count, links.Propose("108-secretariat", SeededDatabase.Context));
        var proposed = new PlanReader(db.Database).Load("108-secretariat")!.Plan.Indicators.ToList();
        Assert.All(proposed, i => Assert.False(i.ContinuationConfirmed));
        Assert.Equal(next.Select(i => i.ContinuesId), proposed.Select(i => i.ContinuesId));

        links.Confirm(proposed[0].Id, SeededDatabase.Context);
        Assert.True(new PlanReader(db.Database).Load("108-secretariat")!.Plan.Indicators.First().ContinuationConfirmed);
        using var c = db.Database.Open();
        Assert.Equal(next.Count, Convert.ToInt32(c.Scalar("SELECT COUNT(*) FROM audit_log WHERE entity = 'indicator_link' AND action = 'delete'")));
    }

    [Fact]
    public void An_indicator_cannot_continue_one_of_the_same_year_or_one_already_continued()
    {
        using var db = new SeededDatabase(withData: false);
        new NextYearPlan(db.Database).Start("107-secretariat", 108, SeededDatabase.Context);
        var links = new IndicatorLinkStore(db.Database);
        var old = new PlanReader(db.Database).Load("107-secretariat")!.Plan.Indicators.ToList();
        var next = new PlanReader(db.Database).Load("108-secretariat")!.Plan.Indicators.ToList();
        Assert.Equal("continues", Assert.Throws<ValidationException>(() => links.Link(old[0].Id, old[1].Id, SeededDatabase.Context)).Errors.Single().Field);
        var taken = Assert.Throws<ValidationException>(() => links.Link(next[1].Id, old[0].Id, SeededDatabase.Context));
        Assert.Contains("107-secretariat/1.1", taken.Errors.Single().Message.En, StringComparison.Ordinal);
        Assert.Equal(old[1].Id, new PlanReader(db.Database).Load("108-secretariat")!.Plan.Indicators.ElementAt(1).ContinuesId);
    }
}
