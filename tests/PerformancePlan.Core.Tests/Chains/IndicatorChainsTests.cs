using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Tests.Chains;

public class IndicatorChainsTests
{
    [Fact]
    public void Linked_indicators_make_one_chain_oldest_first_named_by_the_oldest_indicator()
    {
        var chains = IndicatorChains.Of([Plan("sec", 106, (1, null)), Plan("sec", 107, (2, 1)), Plan("sec", 108, (3, 2))]);
        var chain = Assert.Single(chains.All);
        Assert.Equal(1L, chain.Id);
        Assert.Equal([106, 107, 108], chain.Years.Select(y => y.Plan.RocYear));
        Assert.Same(chain, chains.Of(chain.Newest.Indicator));
        Assert.Same(chain, chains.Find(1));
        Assert.Null(chains.Find(3));
    }

    [Fact]
    public void An_unlinked_indicator_is_a_chain_of_one_year_and_a_gap_year_breaks_a_chain()
    {
        var chains = IndicatorChains.Of([Plan("sec", 106, (1, null)), Plan("sec", 108, (3, 1)), Plan("sec", 109, (4, null))]);
        Assert.Equal([[106], [108], [109]], chains.All.Select(c => c.Years.Select(y => y.Plan.RocYear).ToArray()));
        Assert.DoesNotContain(chains.All, c => c.RunsAcrossYears);
    }

    [Fact]
    public void A_link_to_another_agencys_indicator_is_not_followed()
    {
        var chains = IndicatorChains.Of([Plan("sec", 106, (1, null)), Plan("civil", 107, (2, 1))]);
        Assert.Equal(2, chains.All.Count);
        Assert.Equal(["civil", "sec"], chains.All.Select(c => c.AgencyCode));
    }

    [Fact]
    public void A_proposed_link_is_not_followed_until_an_editor_confirms_it()
    {
        var proposed = IndicatorChains.Of([Plan("sec", 106, (1, null)), Proposed(Plan("sec", 107, (2, 1)))]);
        Assert.Equal([[106], [107]], proposed.All.Select(c => c.Years.Select(y => y.Plan.RocYear).ToArray()));

        var confirmed = IndicatorChains.Of([Plan("sec", 106, (1, null)), Plan("sec", 107, (2, 1))]);
        Assert.Equal([106, 107], Assert.Single(confirmed.All).Years.Select(y => y.Plan.RocYear));
    }

    private static Plan Proposed(Plan plan) => plan with
    {
        Goals = plan.Goals.Select(g => g with { Indicators = g.Indicators.Select(i => i with { ContinuationConfirmed = false }).ToList() }).ToList(),
    };

    /// <summary>A plan whose indicators continue the given ones, each link confirmed.</summary>
    private static Plan Plan(string agency, int year, params (long Id, long? Continues)[] indicators) => new()
    {
        Slug = $"{year}-{agency}",
        AgencyCode = agency,
        Agency = Bilingual.ZhOnly(agency),
        RocYear = year,
        Vision = Bilingual.ZhOnly("願景"),
        Goals =
        [
            new StrategicGoal
            {
                Ordinal = 1,
                Title = Bilingual.ZhOnly("目標"),
                WeightPercent = 10m,
                Indicators = indicators.Select(i => LinkProposalsTests.Make(i.Id, "指標", "次數", "次") with { ContinuesId = i.Continues, ContinuationConfirmed = i.Continues is not null }).ToList(),
            },
        ],
    };
}
