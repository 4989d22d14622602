using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Bench;
using PerformancePlan.Generator.Pipeline;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>
/// A published sample city of 3 agencies × 3 years (ROC 106–108), its indicators linked across the
/// years, built by the generator and served with one Chromium (see <see cref="ServedSiteFixture"/>).
/// Its statuses are judged as of <see cref="SiteBuild.AsOf"/>, after the last year: every one is final.
/// </summary>
public sealed class CitySiteFixture() : ServedSiteFixture("pp-e2e-city-")
{
    public const int FirstYear = 106;
    public const int LastYear = 108;

    /// <summary>Every plan as the database holds it, and the chains the site must show.</summary>
    public IReadOnlyList<PlanSnapshot> Plans { get; private set; } = [];

    public IndicatorChains Chains { get; private set; } = IndicatorChains.Of([]);

    /// <summary>Every indicator of every plan with its figures as the build judged them: what the explorer's rows must equal.</summary>
    public IReadOnlyList<(PlanSnapshot Snapshot, IndicatorResult Result)> Indicators { get; private set; } = [];

    protected override async Task BuildSiteAsync()
    {
        var database = new PlanDatabase(Path.Combine(WorkDirectory, "city.db"));
        SampleCity.Write(database, 3, FirstYear, LastYear, new DateOnly(2020, 1, 15));
        await SiteBuilder.BuildAsync(new SiteBuildOptions { Database = database, OutputDirectory = SiteDirectory, WebRootDirectory = PerformancePlan.Core.RepositoryPaths.WebRoot, AsOf = SiteBuild.AsOf });
        Plans = new PlanReader(database).LoadAll();
        Chains = IndicatorChains.Of(Plans.Select(p => p.Plan));
        Indicators = Plans.SelectMany(p => PlanFigures.Of(p, SiteBuild.AsOf).Results.Select(r => (p, r))).ToList();
    }
}
