using PerformancePlan.Core.ESignature;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Import.Seeding;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Figures;

/// <summary>The seed plan's figures as the shipped content makes them.</summary>
public class SeedFiguresTests
{
    private static readonly DateOnly AfterTheYear = new(2019, 3, 1);

    private static PlanSnapshot Seed(TempDatabase db)
    {
        ContentSeeder.SeedIfEmpty(db.Database, RepositoryPaths.Content, SeededDatabase.Context);
        return new PlanReader(db.Database).Load("107-secretariat")!;
    }

    [Fact]
    public void Indicator_7_1_is_the_ratio_of_the_e_signature_months_and_reads_not_achieved_at_44_13_percent_for_2018()
    {
        using var db = new TempDatabase();
        var snapshot = Seed(db);
        var indicator = snapshot.FindIndicator("7.1")!;
        var result = PlanFigures.Of(snapshot, AfterTheYear)[indicator];

        Assert.Equal(IndicatorAggregation.Ratio, indicator.Aggregation);
        Assert.Empty(indicator.Actuals);
        Assert.Equal(new RatioParts(99_314, 225_041), result.Latest!.Parts);
        Assert.Equal(44.13m, result.YearResult);
        Assert.Equal(98.1m, result.AchievementPercent);
        Assert.Equal((IndicatorStatus.NotAchieved, true), (result.Status, result.IsFinal));
        Assert.Equal(12, result.Periods.Count);
    }

    [Fact]
    public void The_importer_makes_counts_cumulative_and_percentages_levels()
    {
        using var db = new TempDatabase();
        var plan = Seed(db).Plan;
        Assert.Equal(IndicatorAggregation.Cumulative, plan.Indicators.Single(i => i.Code == "1.1").Aggregation);
        Assert.Equal(IndicatorAggregation.Cumulative, plan.Indicators.Single(i => i.Code == "8.1").Aggregation);
        Assert.Equal(IndicatorAggregation.Level, plan.Indicators.Single(i => i.Code == "4.1").Aggregation);
        Assert.Equal(IndicatorAggregation.Level, plan.Indicators.Single(i => i.Code == "5.2").Aggregation);
    }

    [Fact]
    public void Every_seed_indicator_has_a_data_quality_statement_in_both_languages()
    {
        using var db = new TempDatabase();
        var plan = Seed(db).Plan;
        Assert.Equal(15, plan.Indicators.Count());
        Assert.All(plan.Indicators, i => Assert.All(i.DataQuality.Items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Text.Zh), $"{i.Code} {item.Key} (Chinese) is empty");
            Assert.False(string.IsNullOrWhiteSpace(item.Text.En), $"{i.Code} {item.Key} (English) is empty");
        }));
        Assert.Equal("計畫未載明", plan.Indicators.First().DataQuality.Source.Zh);
    }

    [Fact]
    public void English_units_come_in_the_singular_for_one_and_the_plural_otherwise()
    {
        using var db = new TempDatabase();
        var plan = Seed(db).Plan;
        var exchanges = plan.Indicators.Single(i => i.Code == "1.1");
        Assert.Equal("exchange", exchanges.UnitFor(1m).En);
        Assert.Equal("exchanges", exchanges.UnitFor(7m).En);
        var handbook = plan.Indicators.Single(i => i.Code == "2.1");
        Assert.Equal("volume", handbook.UnitFor(1m).En);
        Assert.Equal("volumes", handbook.UnitFor(0m).En);
        Assert.Equal("person", plan.Indicators.Single(i => i.Code == "8.1").UnitFor(1m).En);
    }

    [Fact]
    public void An_actual_for_a_ratio_indicator_is_refused_because_its_components_determine_it()
    {
        using var db = new TempDatabase();
        var snapshot = Seed(db);
        var indicator = snapshot.FindIndicator("7.1")!;
        var ex = Assert.Throws<ValidationException>(() => new ActualStore(db.Database).Save(snapshot.Plan.Id, new Actual
        {
            IndicatorId = indicator.Id, Period = Period.Quarter(2018, 4), Value = 48.37m, ReportedOn = new DateOnly(2019, 1, 10),
        }, 0, SeededDatabase.Context));
        Assert.Equal("indicator_code", Assert.Single(ex.Errors).Field);
        Assert.Empty(new PlanReader(db.Database).Load("107-secretariat")!.FindIndicator("7.1")!.Actuals);
    }

    [Fact]
    public void The_exchange_log_counts_equal_the_cumulative_actuals_of_the_indicators_it_counts_towards()
    {
        using var db = new TempDatabase();
        var snapshot = Seed(db);
        foreach (var code in new[] { "1.1", "1.2", "2.3" })
        {
            var indicator = snapshot.FindIndicator(code)!;
            foreach (var actual in indicator.Actuals)
            {
                var logged = snapshot.ExchangesFor(indicator).Count(e => e.Date <= actual.Period.EndDate);
                Assert.True(logged == actual.Value, $"{code} {actual.Period}: the log holds {logged}, the actual is {actual.Value}");
            }
        }
    }

    [Fact]
    public void The_expo_exchanges_and_the_3_x_actuals_fall_in_the_second_quarter_of_2018()
    {
        using var db = new TempDatabase();
        var snapshot = Seed(db);
        var expo = snapshot.Exchanges.Where(e => e.Summary.Zh.Contains("農業博覽會", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(expo);
        Assert.All(expo, e => Assert.InRange(e.Date, new DateOnly(2018, 4, 1), new DateOnly(2018, 5, 31)));
        foreach (var code in new[] { "3.1", "3.2" })
        {
            var first = snapshot.FindIndicator(code)!.Actuals.First(a => a.Value > 0);
            Assert.Equal(Period.Quarter(2018, 2), first.Period);
        }
    }

    [Fact]
    public void No_sample_row_cites_a_government_web_page()
    {
        using var db = new TempDatabase();
        var snapshot = Seed(db);
        Assert.All(snapshot.Exchanges, e => Assert.DoesNotContain(".gov.tw", e.SourceUrl ?? string.Empty, StringComparison.OrdinalIgnoreCase));
        Assert.All(snapshot.Plan.Indicators.SelectMany(i => i.Actuals), a => Assert.StartsWith("範例資料", a.Source, StringComparison.Ordinal));
    }
}
