using PerformancePlan.Core.ESignature;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Tests.Figures;

public class PlanFiguresTests
{
    private static readonly DateOnly DuringTheYear = new(2018, 11, 15);
    private static readonly DateOnly AfterTheYear = new(2019, 3, 1);

    private static Indicator Make(
        decimal target, string unit, IndicatorDirection direction, IndicatorAggregation aggregation, params (string Period, decimal Value)[] actuals) => new()
    {
        Id = 1,
        GoalOrdinal = 1,
        Ordinal = 1,
        Title = Bilingual.ZhOnly("指標"),
        WeightPercent = 5m,
        MeasurementStandard = Bilingual.ZhOnly("次數"),
        TargetValue = target,
        Unit = Bilingual.ZhOnly(unit),
        Direction = direction,
        Aggregation = aggregation,
        Actuals = actuals.Select(a => new Actual { Period = Period.Parse(a.Period), Value = a.Value, ReportedOn = new DateOnly(2019, 1, 1) }).ToList(),
    };

    private static Indicator Count(decimal target, params (string, decimal)[] actuals) =>
        Make(target, "次", IndicatorDirection.HigherIsBetter, IndicatorAggregation.Cumulative, actuals);

    private static IndicatorResult Result(Indicator indicator, DateOnly asOf, IReadOnlyList<ESignatureMonth>? months = null, int dueDays = 30)
    {
        var plan = new Plan
        {
            Slug = "107-test",
            Agency = Bilingual.ZhOnly("測試處"),
            RocYear = 107,
            Vision = Bilingual.ZhOnly("願景"),
            DueDays = dueDays,
            Goals = [new StrategicGoal { Id = 1, Ordinal = 1, Title = Bilingual.ZhOnly("目標"), WeightPercent = 5m, Indicators = [indicator] }],
        };
        var snapshot = new PlanSnapshot(plan, [], [], months ?? [], new DateOnly(2018, 1, 1));
        return PlanFigures.Of(snapshot, asOf)[indicator];
    }

    [Fact]
    public void No_figure_during_the_year_is_no_data_and_after_it_the_final_result_is_not_reported()
    {
        Assert.Equal(IndicatorStatus.NoData, Result(Count(6m), DuringTheYear).Status);
        Assert.Equal(IndicatorStatus.FinalNotReported, Result(Count(6m), AfterTheYear).Status);
    }

    [Fact]
    public void A_cumulative_count_takes_its_latest_total_as_the_year_result()
    {
        var result = Result(Count(6m, ("2018-Q1", 1m), ("2018-Q3", 6m)), DuringTheYear);
        Assert.Equal((IndicatorStatus.Achieved, 100m, 6m), (result.Status, result.AchievementPercent, result.YearResult));
        Assert.Equal("2018-Q3", result.Latest!.Period.ToString());
    }

    [Fact]
    public void A_per_period_count_adds_its_periods_up()
    {
        var result = Result(Make(20m, "團", IndicatorDirection.HigherIsBetter, IndicatorAggregation.PerPeriod, ("2018-Q1", 4m), ("2018-Q2", 6m)), DuringTheYear);
        Assert.Equal(10m, result.YearResult);
        Assert.Equal(50m, result.AchievementPercent);
    }

    [Fact]
    public void A_count_is_on_track_when_it_keeps_pace_with_the_year_and_behind_when_not()
    {
        Assert.Equal(IndicatorStatus.OnTrack, Result(Count(20m, ("2018-Q2", 10m)), DuringTheYear).Status);
        Assert.Equal(IndicatorStatus.Behind, Result(Count(20m, ("2018-Q2", 9m)), DuringTheYear).Status);
    }

    [Fact]
    public void A_level_below_its_target_is_behind_whatever_the_month()
    {
        var result = Result(Make(45m, "%", IndicatorDirection.HigherIsBetter, IndicatorAggregation.Level, ("2018-Q1", 44m)), DuringTheYear);
        Assert.Equal((IndicatorStatus.Behind, 97.8m), (result.Status, result.AchievementPercent));
    }

    [Fact]
    public void Completion_progresses_evenly_to_the_end_of_the_year()
    {
        Assert.Equal(IndicatorStatus.OnTrack, Result(Make(100m, "%", IndicatorDirection.Completion, IndicatorAggregation.Level, ("2018-Q3", 75m)), DuringTheYear).Status);
        Assert.Equal(IndicatorStatus.Behind, Result(Make(100m, "%", IndicatorDirection.Completion, IndicatorAggregation.Level, ("2018-Q3", 60m)), DuringTheYear).Status);
    }

    [Fact]
    public void Lower_is_better_is_achieved_at_or_under_the_target()
    {
        Assert.Equal(IndicatorStatus.Achieved, Result(Make(15m, "分鐘", IndicatorDirection.LowerIsBetter, IndicatorAggregation.Level, ("2018-Q1", 12m)), DuringTheYear).Status);
        var over = Result(Make(15m, "分鐘", IndicatorDirection.LowerIsBetter, IndicatorAggregation.Level, ("2018-Q1", 20m)), DuringTheYear);
        Assert.Equal((IndicatorStatus.Behind, 75m), (over.Status, over.AchievementPercent));
    }

    [Fact]
    public void Once_the_year_is_over_a_reported_last_quarter_is_final_achieved_or_not_achieved()
    {
        var short1 = Result(Count(20m, ("2018-Q3", 14m), ("2018-Q4", 19m)), AfterTheYear);
        Assert.Equal((IndicatorStatus.NotAchieved, true), (short1.Status, short1.IsFinal));
        var met = Result(Count(6m, ("2018-Q4", 7m)), AfterTheYear);
        Assert.Equal((IndicatorStatus.Achieved, true), (met.Status, met.IsFinal));
    }

    [Fact]
    public void A_closed_year_without_its_last_quarter_says_the_final_result_is_not_reported()
    {
        var result = Result(Count(6m, ("2018-Q3", 7m)), AfterTheYear);
        Assert.Equal((IndicatorStatus.FinalNotReported, false), (result.Status, result.IsFinal));
    }

    [Fact]
    public void A_ratio_is_the_summed_numerators_over_the_summed_denominators_not_an_average_of_months()
    {
        ESignatureMonth Month(int m, int online, int received) => new()
        {
            Month = new DateOnly(2018, m, 1), OnlineSigned = online, ElectronicReceived = received, PaperSignedOnline = 0, SelfDrafted = 0,
        };

        // 10/100 and 90/100 average to 50%, but the year is 100/1000 + … = (10 + 90) ÷ (100 + 900) = 10%.
        var months = new[] { Month(1, 10, 100), Month(12, 90, 900) };
        var indicator = Make(45m, "%", IndicatorDirection.HigherIsBetter, IndicatorAggregation.Ratio, ("2018-Q1", 99m));
        var result = Result(indicator, AfterTheYear, months);
        Assert.Equal(10m, result.YearResult);
        Assert.Equal(new RatioParts(100, 1000), result.Latest!.Parts);
        Assert.Equal(IndicatorStatus.NotAchieved, result.Status);
        Assert.All(result.Periods, p => Assert.True(p.IsDerived));
    }

    [Fact]
    public void An_indicator_whose_latest_due_period_has_no_figure_is_overdue()
    {
        // Q3 ends 30 September; due 30 days later, 30 October: overdue on 15 November without a Q3 figure.
        var late = Result(Count(6m, ("2018-Q2", 3m)), DuringTheYear);
        Assert.True(late.IsOverdue);
        Assert.Equal(Period.Quarter(2018, 3), late.DuePeriod);
        Assert.Equal(new DateOnly(2018, 10, 30), late.DueOn);
        Assert.False(Result(Count(6m, ("2018-Q3", 3m)), DuringTheYear).IsOverdue);
        Assert.False(Result(Count(6m, ("2018-Q2", 3m)), new DateOnly(2018, 10, 30)).IsOverdue);
        Assert.False(Result(Count(6m, ("2018-Q2", 3m)), DuringTheYear, dueDays: 60).IsOverdue);
    }

    [Fact]
    public void Achievement_rounds_half_away_from_zero_to_one_decimal()
    {
        var indicator = Count(8m);
        Assert.Equal(0.1m, PlanFigures.Achievement(indicator, 0.004m));
        Assert.Equal(1.9m, PlanFigures.Achievement(indicator, 0.15m)); // 1.875 → 1.9
        Assert.Null(PlanFigures.Achievement(Count(0m), 3m));
    }
}
