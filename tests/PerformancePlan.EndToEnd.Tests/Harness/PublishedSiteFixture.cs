using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>
/// One published site per test collection: a temporary database seeded from the repository's
/// <c>content/</c>, the site built from it by the generator, served on a free loopback port, and
/// one Chromium for the collection's tests (each test opens its own context).
/// </summary>
public sealed class PublishedSiteFixture : IAsyncLifetime
{
    private readonly string workDirectory = Directory.CreateTempSubdirectory("pp-e2e-site-").FullName;
    private BrowserHost? browser;
    private StaticSiteServer? server;
    private PlanSnapshot? plan;

    public BrowserHost Browser => browser ?? throw new InvalidOperationException("The fixture has not started.");

    public string BaseUrl => (server ?? throw new InvalidOperationException("The fixture has not started.")).BaseUrl;

    /// <summary>The plan as the database holds it: what every figure on the site must equal.</summary>
    public PlanSnapshot Plan => plan ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The plan's derived figures as the site was built: what every status and result on it must equal.</summary>
    public PerformancePlan.Core.Figures.PlanFigures Figures => PerformancePlan.Core.Figures.PlanFigures.Of(Plan, SiteBuild.AsOf);

    public string SiteDirectory => Path.Combine(workDirectory, "site");

    public PlanDatabase Database { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        // The browser starts while the site builds; a missing browser fails the collection in seconds.
        var launching = BrowserHost.LaunchAsync();
        try
        {
            Database = new PlanDatabase(Path.Combine(workDirectory, "plan.db"));
            await SiteBuild.SeedAndBuildAsync(Database, SiteDirectory);
            plan = new PlanReader(Database).Load(PublicPages.Slug)
                ?? throw new InvalidOperationException($"The seeded database has no plan {PublicPages.Slug}.");
            server = await StaticSiteServer.StartAsync(SiteDirectory);
        }
        finally
        {
            browser = await launching;
        }
    }

    public Task<BrowserSession> OpenSessionAsync(Action<Microsoft.Playwright.BrowserNewContextOptions>? configure = null) =>
        Browser.OpenSessionAsync(BaseUrl, configure);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        PlanDatabase.ReleaseFiles();
        try
        {
            Directory.Delete(workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left in the temp folder, not worth failing a run for.
        }
    }
}
