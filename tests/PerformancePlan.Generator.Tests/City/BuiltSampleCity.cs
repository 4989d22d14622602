using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Plans;
using PerformancePlan.Generator.Bench;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.City;

/// <summary>A sample city of 3 agencies × 3 years (ROC 106–108) and the site built from it, shared by the tests of the pages across plans.</summary>
public sealed class BuiltSampleCity : IDisposable
{
    public BuiltSampleCity()
    {
        Site = new TempSite(db => SampleCity.Write(db, 3, 106, 108, new DateOnly(2020, 1, 15)), seed: false);
        Site.Build();
        Plans = new PlanReader(Site.Database).LoadAll();
        Chains = IndicatorChains.Of(Plans.Select(p => p.Plan));
    }

    public TempSite Site { get; }

    public IReadOnlyList<PlanSnapshot> Plans { get; }

    public IndicatorChains Chains { get; }

    public void Dispose() => Site.Dispose();
}
