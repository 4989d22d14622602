using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Tests.Chains;

public class LinkProposalsTests
{
    [Fact]
    public void The_same_measurement_and_unit_is_proposed_before_the_same_title()
    {
        Indicator[] lastYear = [Make(1, "國際交流次數", "辦理次數", "次"), Make(2, "接待外賓", "接待團數", "團")];
        Indicator[] thisYear = [Make(11, "接待外賓", "辦理次數", "次"), Make(12, "友好城市交流", "接待團數", "團")];
        var proposals = LinkProposals.Propose(lastYear, thisYear, new HashSet<long>());
        Assert.Equal([(11L, 1L), (12L, 2L)], proposals.Select(p => (p.Indicator.Id, p.Continues.Id)));
    }

    [Fact]
    public void The_same_title_is_proposed_when_the_measurement_changed()
    {
        Indicator[] lastYear = [Make(1, "電子公文線上簽核比率", "線上簽核數/公文總數", "%")];
        Indicator[] thisYear = [Make(11, "電子公文線上簽核比率", "線上簽核數/(電子來文+自行創稿)", "%")];
        Assert.Equal(1L, LinkProposals.Propose(lastYear, thisYear, new HashSet<long>()).Single().Continues.Id);
    }

    [Fact]
    public void Nothing_is_proposed_for_an_unlike_indicator_an_indicator_already_linked_or_one_already_continued()
    {
        Indicator[] lastYear = [Make(1, "國際交流次數", "辦理次數", "次"), Make(2, "出版品", "出版冊數", "冊")];
        Indicator[] thisYear =
        [
            Make(11, "市民滿意度", "問卷調查", "%"),
            Make(12, "國際交流次數", "辦理次數", "次") with { ContinuesId = 99 },
            Make(13, "出版品", "出版冊數", "冊"),
        ];
        Assert.Empty(LinkProposals.Propose(lastYear, thisYear, new HashSet<long> { 2 }));
    }

    [Fact]
    public void Each_of_last_years_indicators_is_proposed_once()
    {
        Indicator[] lastYear = [Make(1, "國際交流次數", "辦理次數", "次")];
        Indicator[] thisYear = [Make(11, "國際交流次數", "辦理次數", "次"), Make(12, "國際交流次數", "辦理次數", "次")];
        Assert.Equal(11L, LinkProposals.Propose(lastYear, thisYear, new HashSet<long>()).Single().Indicator.Id);
    }

    internal static Indicator Make(long id, string title, string measurement, string unit) => new()
    {
        Id = id,
        GoalOrdinal = 1,
        Ordinal = (int)(id % 10),
        Title = Bilingual.ZhOnly(title),
        WeightPercent = 1m,
        MeasurementStandard = Bilingual.ZhOnly(measurement),
        TargetValue = 1m,
        Unit = Bilingual.ZhOnly(unit),
    };
}
