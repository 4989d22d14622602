using System.Globalization;
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
        Assert.Equal(next.Count, Convert.ToInt32(c.Scalar("SELECT COUNT(*) FROM audit_log WHERE entity = 'indicator_link' AND action = 'delete'"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_editors_choice_of_none_removes_the_link_and_a_choice_of_last_years_indicator_makes_a_confirmed_link()
    {
        using var db = new SeededDatabase(withData: false);
        new NextYearPlan(db.Database).Start("107-secretariat", 108, SeededDatabase.Context);
        var links = new IndicatorLinkStore(db.Database);
        var indicator = new PlanReader(db.Database).Load("108-secretariat")!.Plan.Indicators.First();
        var continued = indicator.ContinuesId!.Value;

        links.Choose(indicator.Id, null, SeededDatabase.Context);
        Assert.Null(new PlanReader(db.Database).Load("108-secretariat")!.Plan.Indicators.First().ContinuesId);
        links.Choose(indicator.Id, null, SeededDatabase.Context);

        links.Propose("108-secretariat", SeededDatabase.Context);
        Assert.False(new PlanReader(db.Database).Load("108-secretariat")!.Plan.Indicators.First().ContinuationConfirmed);
        links.Choose(indicator.Id, continued, SeededDatabase.Context);
        var chosen = new PlanReader(db.Database).Load("108-secretariat")!.Plan.Indicators.First();
        Assert.Equal((continued, true), (chosen.ContinuesId!.Value, chosen.ContinuationConfirmed));
        Assert.Equal("107-secretariat", links.PreviousYear(new PlanReader(db.Database).Load("108-secretariat")!.Plan)!.Plan.Slug);
        Assert.Null(links.PreviousYear(new PlanReader(db.Database).Load("107-secretariat")!.Plan));
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
