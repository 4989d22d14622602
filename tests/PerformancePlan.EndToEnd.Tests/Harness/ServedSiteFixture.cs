using PerformancePlan.Core.Store;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>
/// What every published-site fixture shares: a temporary work folder, a site built into it by
/// <see cref="BuildSiteAsync"/>, served on a free loopback port, and one Chromium for the collection's
/// tests (each test opens its own context). The browser starts while the site builds, so a missing
/// browser fails the collection in seconds.
/// </summary>
public abstract class ServedSiteFixture(string prefix) : IAsyncLifetime
{
    private BrowserHost? browser;
    private StaticSiteServer? server;

    /// <summary>The longest a fixture's site may take to build, on a machine shared with other builds.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);

    protected string WorkDirectory { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public string SiteDirectory => Path.Combine(WorkDirectory, "site");

    public BrowserHost Browser => browser ?? throw new InvalidOperationException("The fixture has not started.");

    public string BaseUrl => (server ?? throw new InvalidOperationException("The fixture has not started.")).BaseUrl;

    /// <summary>Creates the database in <see cref="WorkDirectory"/> and builds the site into <see cref="SiteDirectory"/>.</summary>
    protected abstract Task BuildSiteAsync();

    public async Task InitializeAsync()
    {
        var launching = BrowserHost.LaunchAsync();
        try
        {
            // xunit does not time a fixture out: a build that never ends fails the collection instead.
            await BuildSiteAsync().WaitAsync(BuildTimeout);
            server = await StaticSiteServer.StartAsync(SiteDirectory).WaitAsync(TimeSpan.FromSeconds(30));
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
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left in the temp folder, not worth failing a run for.
        }
    }
}
