using System.Security.Cryptography;
using Azure.Storage.Blobs.Models;
using PerformancePlan.Generator.Deploy;
using PerformancePlan.Portal.Publishing;

namespace PerformancePlan.Portal.Tests.Publishing;

/// <summary>
/// The admin's publish deploying to Azure Blob Storage, here Azurite: the whole site on the first
/// publish, only the changed files after an editor changes one actual.
/// </summary>
public sealed class DeployToAzuriteTests(AzuritePortalFactory factory) : IClassFixture<AzuritePortalFactory>
{
    [Fact]
    public async Task A_first_publish_deploys_the_whole_site_and_after_one_actual_is_edited_the_next_uploads_only_the_changed_pages_and_csv()
    {
        var editor = await factory.SignedIn(UserRole.Editor, "azurite-editor");
        var publisher = await factory.SignedIn(UserRole.Publisher, "azurite-publisher");
        Assert.Null(Releases.Current());

        // The first publish: every file of the release, with its headers.
        Assert.Equal(HttpStatusCode.Redirect, (await publisher.SubmitForm("/admin/publish", new())).StatusCode);
        var first = ReleaseFiles(Releases.Current()!.Name);
        var blobs = await Blobs();
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), blobs.Keys.Order(StringComparer.Ordinal));
        Assert.All(blobs, b => Assert.Equal(first[b.Key], Convert.ToHexString(b.Value.ContentHash)));
        AssertHeaders(blobs["zh-tw/index.html"], "text/html; charset=utf-8", ContentHeaders.Short);
        AssertHeaders(blobs["en/index.html"], "text/html; charset=utf-8", ContentHeaders.Short);
        AssertHeaders(blobs.Single(b => b.Key.StartsWith("assets/", StringComparison.Ordinal) && b.Key.EndsWith(".css", StringComparison.Ordinal)).Value, "text/css; charset=utf-8", ContentHeaders.Immutable);
        AssertHeaders(blobs["data/107-secretariat/actuals.csv"], "text/csv; charset=utf-8", ContentHeaders.Short);
        var deployed = DeployEntries().Single();
        Assert.Equal(Releases.Current()!.Name, deployed.EntityId);
        Assert.Contains($": {first.Count} uploaded (", deployed.NewValue, StringComparison.Ordinal);
        Assert.Contains(", 0 unchanged, 0 deleted", deployed.NewValue, StringComparison.Ordinal);
        var steps = await PublishSteps("en");
        Assert.Contains(steps, s => s.StartsWith("deploy to http://127.0.0.1:", StringComparison.Ordinal) && s.EndsWith("/$web", StringComparison.Ordinal));
        Assert.Contains($"deploy upload {first.Count}/{first.Count}", steps);
        var target = deployed.NewValue!.Split(": ")[0];
        Assert.StartsWith($"deployed to {target}: {first.Count} uploaded (", steps[^1], StringComparison.Ordinal);
        Assert.Contains(" bytes), 0 unchanged, 0 deleted in ", steps[^1], StringComparison.Ordinal);
        Assert.Contains(steps, s => s.StartsWith("Pages ", StringComparison.Ordinal));
        // The publish page speaks the reader's language: in Chinese no stage keeps the generator's English name.
        var zh = await PublishSteps("zh-TW");
        Assert.Equal(steps.Count, zh.Count);
        Assert.Contains(zh, s => s.StartsWith("部署至 http://127.0.0.1:", StringComparison.Ordinal));
        Assert.Contains($"部署：上傳 {first.Count}/{first.Count}", zh);
        Assert.StartsWith($"已部署至 {target}：", zh[^1], StringComparison.Ordinal);
        Assert.Contains($"上傳 {first.Count} 個檔案", zh[^1], StringComparison.Ordinal);
        Assert.Contains(zh, s => s.StartsWith("網頁 ", StringComparison.Ordinal));
        Assert.DoesNotContain(zh, s => System.Text.RegularExpressions.Regex.IsMatch(s, @"^(load|checks|assets|keys|pages|validate|record|done|feeds|sitemap|open data|data checked|deploy)\b"));

        // An editor changes one actual; the next publish uploads the files whose bytes changed, and only those.
        var id = factory.Database.IndicatorId("4.1");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitForm($"/admin/actuals/edit?indicator={id}&period=2018-Q4", new() { ["Input.Value"] = "91.7" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await publisher.SubmitForm("/admin/publish", new())).StatusCode);

        var second = ReleaseFiles(Releases.Current()!.Name);
        var changed = second.Where(f => !first.TryGetValue(f.Key, out var hash) || hash != f.Value).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var after = await Blobs();
        var uploaded = after.Where(b => b.Value.ETag != blobs[b.Key].ETag).Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(changed.Order(StringComparer.Ordinal), uploaded.Order(StringComparer.Ordinal));
        Assert.Contains("data/107-secretariat/actuals.csv", uploaded);
        Assert.Contains(uploaded, f => f.EndsWith(".html", StringComparison.Ordinal));
        Assert.Contains("en/107-secretariat/goals/4/index.html", uploaded);
        Assert.DoesNotContain("en/107-secretariat/goals/1/index.html", uploaded);
        Assert.DoesNotContain(uploaded, f => f.StartsWith("assets/", StringComparison.Ordinal));
        Assert.All(uploaded, f => Assert.Contains(Path.GetExtension(f), PagesAndData));
        Assert.True(uploaded.Count < first.Count / 2, $"{uploaded.Count} of {first.Count} files uploaded");
        Assert.Equal(second.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(after, b => Assert.Equal(second[b.Key], Convert.ToHexString(b.Value.ContentHash)));
        AssertHeaders(after["data/107-secretariat/actuals.csv"], "text/csv; charset=utf-8", ContentHeaders.Short);
        var redeployed = DeployEntries()[^1];
        Assert.Equal(Releases.Current()!.Name, redeployed.EntityId);
        Assert.Contains($": {uploaded.Count} uploaded (", redeployed.NewValue, StringComparison.Ordinal);
        Assert.Contains($", {second.Count - uploaded.Count} unchanged, 0 deleted", redeployed.NewValue, StringComparison.Ordinal);
        var last = (await PublishSteps("en"))[^1];
        Assert.StartsWith($"deployed to {target}: {uploaded.Count} uploaded (", last, StringComparison.Ordinal);
        Assert.Contains($" bytes), {second.Count - uploaded.Count} unchanged, 0 deleted in ", last, StringComparison.Ordinal);
    }

    private static readonly string[] PagesAndData = [".html", ".csv", ".json", ".zip"];

    private ReleaseStore Releases => factory.Services.GetRequiredService<ReleaseStore>();

    private static void AssertHeaders(BlobProperties blob, string contentType, string cacheControl)
    {
        Assert.Equal(contentType, blob.ContentType);
        Assert.Equal(cacheControl, blob.CacheControl);
    }

    /// <summary>The release's files as the public site has them (no dot files), with their MD5 in hex.</summary>
    private Dictionary<string, string> ReleaseFiles(string release)
    {
        var root = Path.Combine(factory.DataDirectory, "releases", release);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(s => s.StartsWith('.')))
            .ToDictionary(p => p, p => Convert.ToHexString(Md5(File.ReadAllBytes(Path.Combine(root, p)))), StringComparer.Ordinal);
    }

#pragma warning disable CA5351 // Content-MD5, as the store keeps it.
    private static byte[] Md5(byte[] bytes) => MD5.HashData(bytes);
#pragma warning restore CA5351

    private async Task<Dictionary<string, BlobProperties>> Blobs()
    {
        var container = factory.Container;
        var blobs = new Dictionary<string, BlobProperties>(StringComparer.Ordinal);
        await foreach (var item in container.GetBlobsAsync())
        {
            blobs[item.Name] = (await container.GetBlobClient(item.Name).GetPropertiesAsync()).Value;
        }

        return blobs;
    }

    private List<Core.Store.AuditEntry> DeployEntries() =>
        factory.Database.Audit("release", "azurite-publisher").Where(a => a.Field == "deploy").ToList();

    /// <summary>The steps the publish page lists for the last publish.</summary>
    private async Task<List<string>> PublishSteps(string language)
    {
        var reader = await factory.SignedIn(UserRole.Publisher, "azurite-reader");
        await reader.SubmitForm("/admin", new() { ["language"] = language == "en" ? "en" : "zh-TW" }, "/admin/account/language");
        var page = await reader.GetDocument("/admin/publish");
        return page.QuerySelectorAll("#publish-steps li").Select(li => li.TextContent.Trim()).ToList();
    }
}
