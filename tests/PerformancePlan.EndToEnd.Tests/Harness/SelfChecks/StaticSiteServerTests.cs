namespace PerformancePlan.EndToEnd.Tests.Harness.SelfChecks;

/// <summary>The static host the site tests rely on behaves like a real one: index files and the site's 404 page.</summary>
public sealed class StaticSiteServerTests : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("pp-e2e-static-").FullName;
    private BrowserHost? browser;
    private StaticSiteServer? server;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(root, "en"));
        await File.WriteAllTextAsync(Path.Combine(root, "en", "index.html"), "<!doctype html><html lang=en><title>Home</title><h1>首頁 Home</h1></html>");
        await File.WriteAllTextAsync(Path.Combine(root, "404.html"), "<!doctype html><html lang=en><title>Not found</title><h1>Not found</h1></html>");
        browser = await BrowserHost.LaunchAsync();
        server = await StaticSiteServer.StartAsync(root);
    }

    [Fact]
    public async Task A_directory_serves_its_index_and_an_unknown_path_the_404_page()
    {
        await using var session = await browser!.OpenSessionAsync(server!.BaseUrl);
        await session.GotoAsync("/en/");
        Assert.Equal("首頁 Home", await session.Page.Locator("h1").InnerTextAsync());

        await session.GotoAsync("/no/such/page/", expectedStatus: 404);
        Assert.Equal("Not found", await session.Page.TitleAsync());
    }

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

        Directory.Delete(root, recursive: true);
    }
}
