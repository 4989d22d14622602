using System.Collections.Concurrent;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>
/// A browser context and its page for one test. It records what a visitor would not see but a
/// broken page produces: console errors, uncaught exceptions, requests that failed and HTTP errors.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const int DesktopWidth = 1280;
    public const int PhoneWidth = 390;

    private readonly ConcurrentQueue<(string Text, string Source)> consoleErrors = new();
    private readonly ConcurrentQueue<string> failedRequests = new();
    private readonly ConcurrentQueue<(int Status, string Url)> errorResponses = new();

    private BrowserSession(IBrowserContext context, IPage page, string baseUrl)
    {
        Context = context;
        Page = page;
        BaseUrl = baseUrl;
        Watch(page);
        context.Page += (_, p) => Watch(p);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public string BaseUrl { get; }

    public IEnumerable<string> ConsoleErrors => consoleErrors.Select(e => e.Text);

    public IReadOnlyCollection<string> FailedRequests => failedRequests;

    public IReadOnlyCollection<(int Status, string Url)> ErrorResponses => errorResponses;

    public static async Task<BrowserSession> OpenAsync(IBrowser browser, string baseUrl, Action<BrowserNewContextOptions>? configure)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = DesktopWidth, Height = 900 },
            AcceptDownloads = true,
            Locale = "zh-TW",
            TimezoneId = "Asia/Taipei",
        };
        configure?.Invoke(options);
        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(20_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, baseUrl);
    }

    /// <summary>Opens <paramref name="path"/> and fails unless the server answered 200.</summary>
    public async Task<IResponse> GotoAsync(string path, int expectedStatus = 200)
    {
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load })
            ?? throw new InvalidOperationException($"No response for {path}");
        Assert.True(response.Status == expectedStatus, $"{Page.Url} answered {response.Status}, expected {expectedStatus}");
        return response;
    }

    /// <summary>
    /// Fails when the pages so far logged a console error, threw, had a request fail, or got an HTTP
    /// error for anything but <paramref name="expectedErrorUrls"/> (e.g. the address of a 404 test).
    /// </summary>
    public void AssertNoPageErrors(params string[] expectedErrorUrls)
    {
        // Chromium also logs an expected error status as "Failed to load resource" from that address.
        var problems = consoleErrors.Where(e => !(e.Text.StartsWith("Failed to load resource", StringComparison.Ordinal) && expectedErrorUrls.Any(u => e.Source.StartsWith(u, StringComparison.Ordinal)))).Select(e => "console error: " + e.Text)
            .Concat(failedRequests.Select(r => "failed request: " + r))
            .Concat(errorResponses.Where(r => !expectedErrorUrls.Contains(r.Url)).Select(r => $"HTTP {r.Status}: {r.Url}"))
            .ToList();
        Assert.True(problems.Count == 0, "The browser reported problems:\n" + string.Join("\n", problems));
    }

    /// <summary>The address the page shows, relative to the server: <c>/en/107-secretariat/</c>.</summary>
    public string CurrentPath => new Uri(Page.Url).PathAndQuery;

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private void Watch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Enqueue(($"{message.Text} (on {page.Url}, from {message.Location})", message.Location));
            }
        };
        page.PageError += (_, error) => consoleErrors.Enqueue(($"uncaught: {error} (on {page.Url})", string.Empty));
        page.RequestFailed += (_, request) =>
        {
            // A navigation replaced by another one is not a broken request.
            if (request.Failure is not "net::ERR_ABORTED")
            {
                failedRequests.Enqueue($"{request.Method} {request.Url}: {request.Failure}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errorResponses.Enqueue((response.Status, response.Url));
            }
        };
    }
}
