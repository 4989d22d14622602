using PerformancePlan.Core.Checks;
using PerformancePlan.Core.Import.Seeding;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Figures;

public class PublishChecksTests
{
    private static PlanSnapshot Seed(TempDatabase db, string? sql = null)
    {
        ContentSeeder.SeedIfEmpty(db.Database, RepositoryPaths.Content, SeededDatabase.Context);
        if (sql is not null)
        {
            using var c = db.Database.Open();
            c.Execute(sql);
        }

        return new PlanReader(db.Database).Load("107-secretariat")!;
    }

    private static string Indicator(int goal, int ordinal) =>
        $"(SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.ordinal = {goal} AND i.ordinal = {ordinal})";

    [Fact]
    public void The_seed_plan_passes_every_check()
    {
        using var db = new TempDatabase();
        Assert.Empty(PublishChecks.Of(Seed(db)));
    }

    [Fact]
    public void A_percentage_above_100_is_an_error_naming_the_indicator_period_and_value()
    {
        using var db = new TempDatabase();
        var check = Assert.Single(PublishChecks.Of(Seed(db, $"UPDATE actuals SET value = '120' WHERE period = '2018-Q2' AND indicator_id = {Indicator(5, 2)}")));
        Assert.Equal((CheckSeverity.Error, "percentage_range", "5.2", "2018-Q2"), (check.Severity, check.Rule, check.Subject, check.Period));
        Assert.Contains("120%", check.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decreasing_cumulative_series_is_an_error_and_a_log_count_that_differs_is_a_warning()
    {
        using var db = new TempDatabase();
        var checks = PublishChecks.Of(Seed(db, $"UPDATE actuals SET value = '3' WHERE period = '2018-Q3' AND indicator_id = {Indicator(1, 1)}"));
        Assert.Contains(checks, c => c is { Severity: CheckSeverity.Error, Rule: "cumulative_decrease", Subject: "1.1", Period: "2018-Q3" } && c.Message.En.Contains("from 5 in 2018-Q2 to 3", StringComparison.Ordinal));
        Assert.Contains(checks, c => c is { Severity: CheckSeverity.Warning, Rule: "exchange_count", Subject: "1.1", Period: "2018-Q3" } && c.Message.En.Contains("7 entries", StringComparison.Ordinal));
    }

    [Fact]
    public void A_goal_weight_other_than_its_indicators_sum_is_a_warning()
    {
        using var db = new TempDatabase();
        var check = Assert.Single(PublishChecks.Of(Seed(db, "UPDATE goals SET weight_percent = '11' WHERE ordinal = 1")));
        Assert.Equal((CheckSeverity.Warning, "goal_weight", "goal 1"), (check.Severity, check.Rule, check.Subject));
    }

    [Fact]
    public void A_zero_denominator_in_a_month_is_an_error()
    {
        using var db = new TempDatabase();
        var check = Assert.Single(PublishChecks.Of(Seed(db, "UPDATE esignature_months SET electronic_received = 0, paper_signed_online = 0, self_drafted = 0 WHERE month = '2018-03'")));
        Assert.Equal((CheckSeverity.Error, "ratio_component", "2018-03"), (check.Severity, check.Rule, check.Period));
    }

    [Fact]
    public void A_program_total_stated_in_a_note_that_its_lines_miss_is_a_warning()
    {
        using var db = new TempDatabase();
        var check = Assert.Single(PublishChecks.Of(Seed(db, "UPDATE budget_lines SET note_zh = '合計 30,000 千元' WHERE ordinal = 6")));
        Assert.Equal((CheckSeverity.Warning, "budget_total", "program 5"), (check.Severity, check.Rule, check.Subject));
        Assert.Contains("28,188.75", check.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Translation_coverage_counts_english_present_and_pending()
    {
        using var db = new TempDatabase();
        var full = TranslationCoverage.Of(Seed(db));
        Assert.Equal(0, full.Pending);
        using var db2 = new TempDatabase();
        var less = TranslationCoverage.Of(Seed(db2, "UPDATE goals SET title_en = '' WHERE ordinal IN (1, 2)"));
        Assert.Equal((full.Present - 2, 2), (less.Present, less.Pending));
    }
}
