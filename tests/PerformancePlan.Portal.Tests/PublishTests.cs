using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PerformancePlan.Core.Users;
using PerformancePlan.Portal.Publishing;
using PerformancePlan.Portal.Tests.Support;

namespace PerformancePlan.Portal.Tests;

/// <summary>Publishing with the real generator: the first start publishes, a publish swaps, a restore goes back.</summary>
public sealed class PublishTests(GeneratorPortalFactory factory) : IClassFixture<GeneratorPortalFactory>
{
    private ReleaseStore Releases => factory.Services.GetRequiredService<ReleaseStore>();

    [Fact]
    public async Task The_first_start_seeds_the_content_and_serves_the_published_site_with_its_404_page()
    {
        var client = factory.Anonymous();
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/zh-tw/")).StatusCode);
        var missing = await client.GetAsync("/zh-tw/no-such-page.html");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<html", await missing.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(Releases.Current());
    }

    [Theory]
    [InlineData("//data")]
    [InlineData("//assets")]
    [InlineData("//zh-tw")]
    [InlineData("///en")]
    [InlineData("/en")]
    public async Task The_public_site_redirects_only_to_a_path_on_its_own_host(string path)
    {
        var response = await factory.Anonymous().GetAsync(new Uri("http://localhost" + path));
        if (response.Headers.Location is { } location)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.False(location.IsAbsoluteUri, $"{path} redirects to {location}");
            Assert.Matches("^/[^/\\\\]", location.OriginalString);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Publishing_swaps_in_a_new_release_with_the_change_and_restoring_brings_back_the_previous_one()
    {
        var editor = await factory.SignedIn(UserRole.Editor, "pub-editor");
        var publisher = await factory.SignedIn(UserRole.Publisher, "pub-publisher");
        var before = Releases.Current()!;

        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitForm("/admin/exchanges/edit", new()
        {
            ["date"] = "2018-12-20", ["kind"] = "envoy_visit", ["partner_city_zh"] = "發布測試市", ["country_zh"] = "發布測試國", ["summary_zh"] = "發布測試。",
        })).StatusCode);
        var published = await publisher.SubmitForm("/admin/publish", new());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var after = Releases.Current()!;
        Assert.NotEqual(before.Name, after.Name);
        Assert.Equal("pub-publisher", after.UserName);
        var csv = FindFileContaining(after.Name, "發布測試市");
        Assert.NotNull(csv);
        var url = "/" + csv!.Replace('\\', '/');
        Assert.Contains("發布測試市", await (await factory.Anonymous().GetAsync(url)).Text(), StringComparison.Ordinal);

        var page = await publisher.GetDocument("/admin/publish");
        var restore = page.QuerySelectorAll("form[action*='handler=restore']").Cast<AngleSharp.Html.Dom.IHtmlFormElement>()
            .Single(f => f.QuerySelector("input[name=name]")!.GetAttribute("value") == before.Name);
        Assert.Equal(HttpStatusCode.Redirect, (await publisher.PostForm(restore, "/admin/publish", new())).StatusCode);

        Assert.Equal(before.Name, Releases.Current()!.Name);
        Assert.DoesNotContain("發布測試市", await (await factory.Anonymous().GetAsync(url)).Text(), StringComparison.Ordinal);
        var actions = factory.Database.Audit("release", "pub-publisher").Select(a => a.Action).ToList();
        Assert.Equal(["publish", "restore"], actions);
    }

    [Fact]
    public async Task The_published_sitemap_and_robots_use_the_configured_public_address()
    {
        var client = factory.Anonymous();
        var sitemap = System.Xml.Linq.XDocument.Parse(await (await client.GetAsync("/sitemap.xml")).Text());
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();

        Assert.NotEmpty(locations);
        Assert.All(locations, l => Assert.StartsWith(GeneratorPortalFactory.PublicBaseUrl, l, StringComparison.Ordinal));
        Assert.Contains($"Sitemap: {GeneratorPortalFactory.PublicBaseUrl}sitemap.xml", await (await client.GetAsync("/robots.txt")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publish_with_nothing_changed_writes_no_file_and_the_release_record_is_not_served()
    {
        var publisher = await factory.SignedIn(UserRole.Publisher, "pub-again");
        Assert.Equal(HttpStatusCode.Redirect, (await publisher.SubmitForm("/admin/publish", new())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await publisher.SubmitForm("/admin/publish", new())).StatusCode);

        var audit = factory.Database.Audit("release", "pub-again");
        Assert.Equal(2, audit.Count);
        Assert.Contains("; 0 pages and 0 files written, 0 bytes", audit[1].NewValue, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "releases", Releases.Current()!.Name, ".build-manifest.json")));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync("/.build-manifest.json")).StatusCode);
    }

    [Fact]
    public async Task An_editor_sees_no_publish_page()
    {
        var editor = await factory.SignedIn(UserRole.Editor, "pub-editor-2");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/publish")).StatusCode);
    }

    private string? FindFileContaining(string release, string text)
    {
        var root = Path.Combine(factory.DataDirectory, "releases", release);
        return Directory.EnumerateFiles(root, "*.csv", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains(text, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f))
            .FirstOrDefault();
    }
}

/// <summary>Release keeping and failed builds, with a stand-in builder.</summary>
public sealed class ReleaseTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Only_the_newest_five_releases_are_kept()
    {
        var publisher = await factory.SignedIn(UserRole.Publisher);
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await publisher.SubmitForm("/admin/publish", new())).StatusCode);
        }

        var releases = factory.Services.GetRequiredService<ReleaseStore>().List();
        Assert.Equal(5, releases.Count);
        Assert.Single(releases, r => r.IsCurrent);
        var folders = Directory.GetDirectories(Path.Combine(factory.DataDirectory, "releases")).Select(d => Path.GetFileName(d)!).Order().ToList();
        Assert.Equal(releases.Select(r => r.Name).Order().ToList(), folders);
    }

    [Fact]
    public async Task A_failed_build_leaves_the_current_release_in_place()
    {
        var store = factory.Services.GetRequiredService<ReleaseStore>();
        var publisher = factory.Services.GetRequiredService<Publisher>();
        var before = store.Current()!;
        var failing = new Publisher(new FailingBuilder(), store, factory.Services.GetRequiredService<CurrentRelease>(),
            new PublishProgress(), factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Publisher>.Instance);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.PublishAsync("someone", CancellationToken.None));
        Assert.Equal(before.Name, store.Current()!.Name);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync("/")).StatusCode);
        Assert.All(Directory.GetDirectories(Path.Combine(factory.DataDirectory, "releases")), d => Assert.Contains(Path.GetFileName(d), store.List().Select(r => r.Name)));
        Assert.NotNull(publisher);
    }

    private sealed class FailingBuilder : ISitePublisher
    {
        public Task<SiteBuildSummary> BuildAsync(string outputDirectory, IProgress<string>? progress, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(outputDirectory);
            File.WriteAllText(Path.Combine(outputDirectory, "index.html"), "half a site");
            return Task.FromResult(new SiteBuildSummary(1, 1, 11, TimeSpan.Zero));
        }
    }

    [Fact]
    public async Task The_publish_page_shows_the_checks_and_translation_coverage_and_blocks_an_error_and_unacknowledged_warnings()
    {
        var publisher = await factory.SignedIn(UserRole.Publisher, "check-publisher");
        var before = factory.Services.GetRequiredService<ReleaseStore>().Current()!.Name;
        var page = await publisher.GetDocument("/admin/publish");
        Assert.NotNull(page.QuerySelector("[data-translation-pending='0']"));

        Execute("UPDATE goals SET weight_percent = '11' WHERE ordinal = 1");
        try
        {
            page = await publisher.GetDocument("/admin/publish");
            Assert.Contains("goal 1", page.QuerySelector("li[data-severity='warning']")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await publisher.SubmitForm("/admin/publish", new() { ["acknowledgeWarnings"] = "false" })).StatusCode);
            Assert.Equal(before, factory.Services.GetRequiredService<ReleaseStore>().Current()!.Name);

            Execute("UPDATE actuals SET value = '120' WHERE period = '2018-Q2' AND indicator_id = (SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.ordinal = 5 AND i.ordinal = 2)");
            page = await publisher.GetDocument("/admin/publish");
            Assert.Contains("120%", page.QuerySelector("li[data-severity='error']")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await publisher.SubmitForm("/admin/publish", new() { ["acknowledgeWarnings"] = "true" })).StatusCode);
            Assert.Equal(before, factory.Services.GetRequiredService<ReleaseStore>().Current()!.Name);
        }
        finally
        {
            Execute("UPDATE goals SET weight_percent = '10' WHERE ordinal = 1");
            Execute("UPDATE actuals SET value = '45' WHERE period = '2018-Q2' AND indicator_id = (SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.ordinal = 5 AND i.ordinal = 2)");
        }
    }

    private void Execute(string sql)
    {
        using var c = factory.Services.GetRequiredService<PerformancePlan.Core.Store.PlanDatabase>().Open();
        PerformancePlan.Core.Store.SqliteExtensions.Execute(c, sql);
    }
}
