using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>
/// One published site per test collection: a temporary database seeded from the repository's
/// <c>content/</c>, the site built from it by the generator, served with one Chromium (see <see cref="ServedSiteFixture"/>).
/// </summary>
public sealed class PublishedSiteFixture() : ServedSiteFixture("pp-e2e-site-")
{
    private PlanSnapshot? plan;

    /// <summary>The plan as the database holds it: what every figure on the site must equal.</summary>
    public PlanSnapshot Plan => plan ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The plan's derived figures as the site was built: what every status and result on it must equal.</summary>
    public PerformancePlan.Core.Figures.PlanFigures Figures => PerformancePlan.Core.Figures.PlanFigures.Of(Plan, SiteBuild.AsOf);

    public PlanDatabase Database { get; private set; } = default!;

    protected override async Task BuildSiteAsync()
    {
        Database = new PlanDatabase(Path.Combine(WorkDirectory, "plan.db"));
        await SiteBuild.SeedAndBuildAsync(Database, SiteDirectory);
        plan = new PlanReader(Database).Load(PublicPages.Slug)
            ?? throw new InvalidOperationException($"The seeded database has no plan {PublicPages.Slug}.");
    }
}
