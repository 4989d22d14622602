
namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>One Playwright driver and one Chromium, shared by the tests of a collection.</summary>
public sealed class BrowserHost : IAsyncDisposable
{
    private BrowserHost(IPlaywright playwright, IBrowser browser)
    {
        Playwright = playwright;
        Browser = browser;
    }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public static async Task<BrowserHost> LaunchAsync()
    {
        var options = ChromiumLaunch.Options();
        IPlaywright playwright;
        try
        {
            playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException(
                "The Playwright driver did not start. It ships in the Microsoft.Playwright package and is copied to " +
                "the test output's .playwright folder by the build; rebuild the test project. " + ex.Message, ex);
        }

        try
        {
            var browser = await playwright.Chromium.LaunchAsync(options);
            return new BrowserHost(playwright, browser);
        }
        catch (PlaywrightException ex)
        {
            playwright.Dispose();
            throw new InvalidOperationException(
                $"Chromium at {options.ExecutablePath} did not start: {ex.Message}\n" + ChromiumLaunch.MissingBrowserMessage(options.ExecutablePath!), ex);
        }
    }

    /// <summary>A fresh, isolated browser context and page for one test.</summary>
    public Task<BrowserSession> OpenSessionAsync(string baseUrl, Action<BrowserNewContextOptions>? configure = null) =>
        BrowserSession.OpenAsync(Browser, baseUrl, configure);

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        Playwright.Dispose();
    }
}
