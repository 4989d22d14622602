
namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>
/// The portal for one test collection: its own temporary data directory (so it creates the
/// database from <c>content/</c> and publishes on first start), test users created with the
/// <c>add-user</c> command, and one Chromium. Tests open their own contexts; a signed-in context
/// starts from a session made once here, so the sign-in rate limit is not spent on set-up.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const string Publisher = "e2e-publisher";
    public const string Admin = "e2e-admin";
    public const string Editor = "e2e-editor";
    public const string Password = "correct horse battery staple 42";

    private readonly string dataDirectory = Directory.CreateTempSubdirectory("pp-e2e-portal-").FullName;
    private PortalProcess? portal;
    private BrowserHost? browser;
    private readonly Dictionary<string, string> sessions = new(StringComparer.Ordinal);

    public string BaseUrl => (portal ?? throw new InvalidOperationException("The portal has not started.")).BaseUrl;

    public BrowserHost Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public string DataDirectory => dataDirectory;

    public string PortalOutput => portal?.Output ?? string.Empty;

    public async Task InitializeAsync()
    {
        var launching = BrowserHost.LaunchAsync();
        try
        {
            await PortalProcess.AddUserAsync(dataDirectory, Publisher, "publisher", Password);
            await PortalProcess.AddUserAsync(dataDirectory, Admin, "admin", Password);
            await PortalProcess.AddUserAsync(dataDirectory, Editor, "editor", Password);
            portal = await PortalProcess.StartAsync(dataDirectory);
        }
        finally
        {
            browser = await launching;
        }

        // The first sign-ins meet a portal that has just started (its code compiled on first use, the
        // password hashed at full cost) while other collections build whole sites on the same two
        // cores: they may wait longer than a page should, which the tests themselves then measure.
        foreach (var user in new[] { Publisher, Admin, Editor })
        {
            await using var session = await OpenSessionAsync();
            await SignInAsync(session, user, Password, ColdStartTimeoutMs);
            sessions[user] = await session.Context.StorageStateAsync();
        }
    }

    /// <summary>An anonymous browser context on the portal.</summary>
    public Task<BrowserSession> OpenSessionAsync(Action<BrowserNewContextOptions>? configure = null)
    {
        EnsureRunning();
        return Browser.OpenSessionAsync(BaseUrl, configure);
    }

    /// <summary>A browser context already signed in as <paramref name="user"/>.</summary>
    public Task<BrowserSession> OpenSignedInSessionAsync(string user = Publisher)
    {
        EnsureRunning();
        return Browser.OpenSessionAsync(BaseUrl, o => o.StorageState = sessions[user]);
    }

    /// <summary>Fails with the portal's own output when it has stopped: a test must not blame a page for a dead server.</summary>
    public void EnsureRunning()
    {
        if (portal is { HasExited: true })
        {
            throw new InvalidOperationException($"The portal stopped (exit code {portal.ExitCode}):\n{portal.Output}");
        }
    }

    /// <summary>How long the fixture's own first sign-ins may take to leave the sign-in page.</summary>
    private const float ColdStartTimeoutMs = 60_000;

    /// <summary>Signs in through the form, as a person does; <paramref name="timeoutMs"/> overrides the session's timeout for leaving the sign-in page.</summary>
    public static async Task SignInAsync(BrowserSession session, string user, string password, float? timeoutMs = null)
    {
        await session.GotoAsync("/admin/account/signin");
        await session.Page.Locator("#Input_Name").FillAsync(user);
        await session.Page.Locator("#Input_Password").FillAsync(password);
        await session.Page.Locator("main form button[type='submit']").ClickAsync();
        await session.Page.WaitForURLAsync(url => !url.Contains("/account/signin", StringComparison.OrdinalIgnoreCase), new() { Timeout = timeoutMs });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        if (portal is not null)
        {
            await portal.DisposeAsync();
        }

        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; not worth failing the run for.
        }
    }
}

[CollectionDefinition(Collections.Admin)]
public sealed class AdminCollection : ICollectionFixture<PortalFixture>;

[CollectionDefinition(Collections.CityRecordAdmin)]
public sealed class CityRecordAdminCollection : ICollectionFixture<PortalFixture>;
