using System.Net;
using System.Text.RegularExpressions;
using PerformancePlan.EndToEnd.Tests.Harness;
using PerformancePlan.Portal.Publishing;
using PerformancePlan.Reliability.Tests.Support;

namespace PerformancePlan.Reliability.Tests.Crash;

/// <summary>
/// The real portal process killed (SIGKILL) at seeded random moments while editors save and while a
/// publish runs. After each restart: the database passes <c>PRAGMA integrity_check</c>, every save
/// the portal acknowledged is in the database and the audit trail, the public site is one whole
/// release, and the next publish works.
/// </summary>
public sealed partial class PortalCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 2018;
    private const int SaveKills = 4;
    private const int PublishKills = 4;
    private const string Password = "reliability-suite-password";

    private readonly string data = Directory.CreateTempSubdirectory("pp-crash-").FullName;

    private string Db => Path.Combine(data, "portal.db");

    public void Dispose() => Directory.Delete(data, recursive: true);

    [Fact]
    public async Task Killing_the_portal_during_saves_and_publishes_loses_no_acknowledged_save_and_never_breaks_the_site()
    {
        await PortalProcess.AddUserAsync(data, "crash-admin", "admin", Password);
        var random = new Random(Seed);
        var acknowledged = new List<string>();
        var serial = 0;
        var kills = 0;
        var broken = new List<string>();

        for (var k = 0; k < SaveKills + PublishKills; k++)
        {
            var portal = await PortalProcess.StartAsync(data);
            var killed = false;
            try
            {
                CheckAfterRestart(portal, acknowledged, broken);
                using var client = await SignIn(portal);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(portal.BaseUrl + "/")).StatusCode);
                var killAt = TimeSpan.FromMilliseconds(200 + random.Next(k < SaveKills ? 2500 : 4000));
                using var stop = new CancellationTokenSource();
                Task work = k < SaveKills
                    ? SaveUntilKilled(client, portal.BaseUrl, acknowledged, () => Interlocked.Increment(ref serial), stop.Token)
                    : PublishUntilKilled(client, portal.BaseUrl, stop.Token);
                await Task.Delay(killAt);
                killed = true;
                await portal.DisposeAsync();
                kills++;
                await stop.CancelAsync();
                await work.ContinueWith(_ => { }, TaskScheduler.Default);
            }
            finally
            {
                if (!killed)
                {
                    await portal.DisposeAsync();
                }
            }
        }

        await using (var last = await PortalProcess.StartAsync(data))
        {
            CheckAfterRestart(last, acknowledged, broken);
            using var client = await SignIn(last);
            var published = await Post(client, last.BaseUrl + "/admin/publish", []);
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(last.BaseUrl + "/en/")).StatusCode);
        }

        var lost = acknowledged.Count(s => !Stored(s));
        Figures.Report(output, $"portal crashes: {kills} kills (seed {Seed}; {SaveKills} during saves, {PublishKills} during publishes), "
            + $"{acknowledged.Count} saves acknowledged, {lost} lost, {broken.Count} broken releases or databases, next publish ok");
        Assert.True(broken.Count == 0, string.Join("\n", broken));
        Assert.Equal(0, lost);
    }

    private void CheckAfterRestart(PortalProcess portal, List<string> acknowledged, List<string> broken)
    {
        var integrity = DatabaseFile.IntegrityCheck(Db);
        if (integrity != "ok")
        {
            broken.Add($"integrity_check: {integrity}");
        }

        foreach (var summary in acknowledged.Where(s => !Stored(s)))
        {
            broken.Add($"acknowledged save missing from the database or audit trail: {summary}");
        }

        var current = DatabaseFile.Query(Db, "SELECT name, files FROM releases WHERE is_current = 1", r => (Name: r.GetString(0), Files: r.GetInt32(1))).SingleOrDefault();
        var releases = Path.Combine(data, "releases");
        if (current.Name is null || !ReleaseManifest.IsComplete(Path.Combine(releases, current.Name), current.Files))
        {
            broken.Add($"the current release {current.Name} is not whole");
        }

        var leftovers = Directory.GetDirectories(releases).Select(Path.GetFileName)
            .Except(DatabaseFile.Query(Db, "SELECT name FROM releases", r => r.GetString(0))).ToList();
        if (leftovers.Count > 0)
        {
            broken.Add("left after the start-up sweep: " + string.Join(", ", leftovers));
        }

        _ = portal;
    }

    private bool Stored(string summary) =>
        DatabaseFile.Query(Db,
            """
            SELECT count(*) FROM exchanges e JOIN audit_log a ON a.entity = 'exchange' AND a.entity_id = CAST(e.id AS TEXT) AND a.action = 'create'
            WHERE e.summary_zh = $s
            """.Replace("$s", "'" + summary + "'", StringComparison.Ordinal),
            r => r.GetInt64(0)).Single() > 0;

    private static async Task SaveUntilKilled(HttpClient client, string baseUrl, List<string> acknowledged, Func<int> next, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var summary = $"crash-save-{next()}";
                var response = await Post(client, baseUrl + "/admin/exchanges/edit", new()
                {
                    ["Input.Date"] = "2018-06-01", ["Input.Kind"] = "envoy_visit", ["Input.PartnerCityZh"] = "測試市", ["Input.CountryZh"] = "測試國", ["Input.SummaryZh"] = summary,
                });
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    lock (acknowledged)
                    {
                        acknowledged.Add(summary);
                    }
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            // The portal was killed mid-request: that save was never acknowledged.
        }
    }

    private static async Task PublishUntilKilled(HttpClient client, string baseUrl, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Post(client, baseUrl + "/admin/publish", []);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
        }
    }

    private static async Task<HttpClient> SignIn(PortalProcess portal)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { Timeout = TimeSpan.FromSeconds(60) };
        var response = await Post(client, portal.BaseUrl + "/admin/account/signin", new() { ["Input.Name"] = "crash-admin", ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Gets the form page for its antiforgery token, then posts the fields with it.</summary>
    private static async Task<HttpResponseMessage> Post(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var page = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
        var token = TokenPattern().Match(page);
        fields["__RequestVerificationToken"] = token.Success ? token.Groups[1].Value : string.Empty;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
