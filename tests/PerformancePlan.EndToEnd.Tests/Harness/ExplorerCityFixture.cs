using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Bench;
using PerformancePlan.Generator.Pipeline;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>
/// A whole sample city (30 agencies × ROC 105–111: 210 plans, 3,150 indicators) built by the
/// generator and served on a free loopback port, with one Chromium: the indicator explorer at the
/// scale it is made for. Statuses are judged during fiscal 111, so the newest year's indicators
/// are on track, behind or without data and the older ones final.
/// </summary>
public sealed class ExplorerCityFixture : IAsyncLifetime
{
    /// <summary>The date the city's site judges statuses as of: in the middle of fiscal year 111 (2022).</summary>
    public static readonly DateOnly AsOf = new(2022, 8, 15);

    private readonly string workDirectory = Directory.CreateTempSubdirectory("pp-e2e-city-").FullName;
    private BrowserHost? browser;
    private StaticSiteServer? server;

    public BrowserHost Browser => browser ?? throw new InvalidOperationException("The fixture has not started.");

    public string BaseUrl => (server ?? throw new InvalidOperationException("The fixture has not started.")).BaseUrl;

    /// <summary>Every indicator with its plan and figures as the build judged them: what every row of the explorer must equal.</summary>
    public IReadOnlyList<(PlanSnapshot Snapshot, IndicatorResult Result)> Indicators { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var launching = BrowserHost.LaunchAsync();
        try
        {
            var database = new PlanDatabase(Path.Combine(workDirectory, "city.db"));
            SampleCity.Write(database, 30, 105, 111, new DateOnly(2022, 8, 1));
            var site = Path.Combine(workDirectory, "site");
            await SiteBuilder.BuildAsync(new SiteBuildOptions
            {
                Database = database,
                OutputDirectory = site,
                WebRootDirectory = PerformancePlan.Core.RepositoryPaths.WebRoot,
                AsOf = AsOf,
                AcceptWarnings = true,
            });
            Indicators = new PlanReader(database).LoadAll()
                .SelectMany(p => PlanFigures.Of(p, AsOf).Results.Select(r => (p, r)))
                .ToList();
            server = await StaticSiteServer.StartAsync(site);
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
