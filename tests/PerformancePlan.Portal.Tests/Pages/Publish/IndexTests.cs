using PerformancePlan.Portal.Publishing;

namespace PerformancePlan.Portal.Tests.Pages.Publish;

/// <summary>Publishing with the real generator: a publish swaps releases, a restore goes back, a failed build changes nothing.</summary>
public sealed class IndexTests(GeneratorPortalFactory factory) : IClassFixture<GeneratorPortalFactory>
{
    private ReleaseStore Releases => factory.Services.GetRequiredService<ReleaseStore>();

    [Fact]
    public async Task Publishing_swaps_in_a_new_release_with_the_change_and_restoring_brings_back_the_previous_one()
    {
        var editor = await factory.SignedIn(UserRole.Editor, "pub-editor");
        var publisher = await factory.SignedIn(UserRole.Publisher, "pub-publisher");
        var before = Releases.Current()!;

        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitForm("/admin/exchanges/edit", new()
        {
            ["Input.Date"] = "2018-12-20", ["Input.Kind"] = "envoy_visit", ["Input.PartnerCityZh"] = "發布測試市", ["Input.CountryZh"] = "發布測試國", ["Input.SummaryZh"] = "發布測試。",
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

    [Fact]
    public async Task The_publish_page_shows_the_checks_and_translation_coverage_and_blocks_an_error_and_unacknowledged_warnings()
    {
        var publisher = await factory.SignedIn(UserRole.Publisher, "check-publisher");
        var before = Releases.Current()!.Name;
        var page = await publisher.GetDocument("/admin/publish");
        Assert.NotNull(page.QuerySelector("[data-translation-pending='0']"));

        Execute("UPDATE goals SET weight_percent = '11' WHERE ordinal = 1");
        try
        {
            page = await publisher.GetDocument("/admin/publish");
            Assert.Contains("goal 1", page.QuerySelector("li[data-severity='warning']")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await publisher.SubmitForm("/admin/publish", new() { ["acknowledgeWarnings"] = "false" })).StatusCode);
            Assert.Equal(before, Releases.Current()!.Name);

            Execute("UPDATE actuals SET value = '120' WHERE period = '2018-Q2' AND indicator_id = (SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.ordinal = 5 AND i.ordinal = 2)");
            page = await publisher.GetDocument("/admin/publish");
            Assert.Contains("120%", page.QuerySelector("li[data-severity='error']")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await publisher.SubmitForm("/admin/publish", new() { ["acknowledgeWarnings"] = "true" })).StatusCode);
            Assert.Equal(before, Releases.Current()!.Name);
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
