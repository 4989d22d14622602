using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Bench;
using PerformancePlan.Generator.Pipeline;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>
/// A published sample city of 3 agencies × 3 years (ROC 106–108), its indicators linked across the
/// years, built by the generator and served on a free loopback port, with one Chromium.
/// </summary>
public sealed class CitySiteFixture : IAsyncLifetime
{
    public const int FirstYear = 106;
    public const int LastYear = 108;

    private readonly string workDirectory = Directory.CreateTempSubdirectory("pp-e2e-city-").FullName;
    private BrowserHost? browser;
    private StaticSiteServer? server;

    public BrowserHost Browser => browser ?? throw new InvalidOperationException("The fixture has not started.");

    public string BaseUrl => (server ?? throw new InvalidOperationException("The fixture has not started.")).BaseUrl;

    /// <summary>Every plan as the database holds it, and the chains the site must show.</summary>
    public IReadOnlyList<PlanSnapshot> Plans { get; private set; } = [];

    public IndicatorChains Chains { get; private set; } = IndicatorChains.Of([]);

    public async Task InitializeAsync()
    {
        var launching = BrowserHost.LaunchAsync();
        try
        {
            var database = new PlanDatabase(Path.Combine(workDirectory, "city.db"));
            SampleCity.Write(database, 3, FirstYear, LastYear, new DateOnly(2020, 1, 15));
            var site = Path.Combine(workDirectory, "site");
            await SiteBuilder.BuildAsync(new SiteBuildOptions { Database = database, OutputDirectory = site, WebRootDirectory = PerformancePlan.Core.RepositoryPaths.WebRoot });
            Plans = new PlanReader(database).LoadAll();
            Chains = IndicatorChains.Of(Plans.Select(p => p.Plan));
            server = await StaticSiteServer.StartAsync(site);
        }
        finally
        {
            browser = await launching;
        }
    }

    public Task<BrowserSession> OpenSessionAsync() => Browser.OpenSessionAsync(BaseUrl, null);

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
            // Left in the temp folder; not worth failing the run for.
        }
    }
}
