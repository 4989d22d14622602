using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Tests.Plans;

public class IndicatorProgressTests
{
    private static Indicator Make(decimal target, string unit, IndicatorDirection direction, params (string Period, decimal Value)[] actuals) => new()
    {
        Ordinal = 1,
        Title = Bilingual.ZhOnly("指標"),
        WeightPercent = 5m,
        MeasurementStandard = Bilingual.ZhOnly("次數"),
        TargetValue = target,
        Unit = Bilingual.ZhOnly(unit),
        Direction = direction,
        Actuals = actuals.Select(a => new Actual { Period = Period.Parse(a.Period), Value = a.Value, ReportedOn = new DateOnly(2019, 1, 1) }).ToList(),
    };

    [Fact]
    public void No_actual_is_no_data() =>
        Assert.Equal(IndicatorStatus.NoData, IndicatorProgress.Of(Make(6m, "次", IndicatorDirection.HigherIsBetter)).Status);

    [Fact]
    public void A_count_at_its_target_is_achieved()
    {
        var progress = IndicatorProgress.Of(Make(6m, "次", IndicatorDirection.HigherIsBetter, ("2018-Q1", 1m), ("2018-Q3", 6m)));
        Assert.Equal((IndicatorStatus.Achieved, 100m), (progress.Status, progress.AchievementPercent));
        Assert.Equal("2018-Q3", progress.Latest!.Period.ToString());
    }

    [Fact]
    public void A_count_is_on_track_when_it_keeps_pace_with_the_year_and_behind_when_not()
    {
        Assert.Equal(IndicatorStatus.OnTrack, IndicatorProgress.Of(Make(20m, "團", IndicatorDirection.HigherIsBetter, ("2018-Q2", 10m))).Status);
        Assert.Equal(IndicatorStatus.Behind, IndicatorProgress.Of(Make(20m, "團", IndicatorDirection.HigherIsBetter, ("2018-Q2", 9m))).Status);
    }

    [Fact]
    public void A_rate_below_its_target_is_behind_whatever_the_month()
    {
        var progress = IndicatorProgress.Of(Make(45m, "%", IndicatorDirection.HigherIsBetter, ("2018-Q1", 44m)));
        Assert.Equal((IndicatorStatus.Behind, 97.8m), (progress.Status, progress.AchievementPercent));
    }

    [Fact]
    public void Completion_progresses_evenly_to_the_end_of_the_year()
    {
        Assert.Equal(IndicatorStatus.OnTrack, IndicatorProgress.Of(Make(100m, "%", IndicatorDirection.Completion, ("2018-Q3", 75m))).Status);
        Assert.Equal(IndicatorStatus.Behind, IndicatorProgress.Of(Make(100m, "%", IndicatorDirection.Completion, ("2018-Q3", 60m))).Status);
    }

    [Fact]
    public void Lower_is_better_is_achieved_at_or_under_the_target()
    {
        Assert.Equal(IndicatorStatus.Achieved, IndicatorProgress.Of(Make(15m, "分鐘", IndicatorDirection.LowerIsBetter, ("2018-Q1", 12m))).Status);
        var over = IndicatorProgress.Of(Make(15m, "分鐘", IndicatorDirection.LowerIsBetter, ("2018-Q1", 20m)));
        Assert.Equal((IndicatorStatus.Behind, 75m), (over.Status, over.AchievementPercent));
    }
}
