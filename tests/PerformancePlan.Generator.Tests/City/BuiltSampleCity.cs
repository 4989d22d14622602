using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.Generator.Bench;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.City;

/// <summary>A sample city of 3 agencies × 3 years (ROC 106–108) and the site built from it, shared by the tests of the pages across plans.</summary>
public sealed class BuiltSampleCity : IDisposable
{
    public BuiltSampleCity()
    {
        Site = new TempSite(db =>
        {
            SampleCity.Write(db, 3, 106, 108, new DateOnly(2020, 1, 15));
            StateDataQuality(db);
        }, seed: false);
        Site.AsOf = AsOf;
        Site.Build();
        Plans = new PlanReader(Site.Database).LoadAll();
        Chains = IndicatorChains.Of(Plans.Select(p => p.Plan));
    }

    /// <summary>The date the site is built as of: the day its data was last updated, soon after 108's fiscal year ended.</summary>
    public static DateOnly AsOf { get; } = new(2020, 1, 15);

    public TempSite Site { get; }

    /// <summary>An indicator's figures as the build judged them.</summary>
    public IndicatorResult ResultOf(Indicator indicator) =>
        PlanFigures.Of(Plans.Single(p => p.Plan.Indicators.Contains(indicator)), AsOf)[indicator];

    public IReadOnlyList<PlanSnapshot> Plans { get; }

    public IndicatorChains Chains { get; }

    public void Dispose() => Site.Dispose();

    /// <summary>Gives every indicator a data-quality statement naming its year, except the responsible unit, which the plans leave unstated.</summary>
    private static void StateDataQuality(PerformancePlan.Core.Store.PlanDatabase db)
    {
        using var connection = db.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            UPDATE indicators SET
                dq_source_zh = (SELECT p.roc_year || ' 年度業務統計' FROM goals g JOIN plans p ON p.id = g.plan_id WHERE g.id = indicators.goal_id),
                dq_source_en = (SELECT 'Service statistics of ' || p.roc_year FROM goals g JOIN plans p ON p.id = g.plan_id WHERE g.id = indicators.goal_id),
                dq_method_zh = '逐案登錄後按季加總', dq_method_en = 'Cases logged one by one and summed by quarter',
                dq_frequency_zh = '每季', dq_frequency_en = 'Quarterly',
                dq_limitations_zh = '不含委外辦理案件', dq_limitations_en = 'Outsourced cases are not counted'
            """;
        command.ExecuteNonQuery();
    }
}
