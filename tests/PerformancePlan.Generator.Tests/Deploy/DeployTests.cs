using System.Collections.Concurrent;
using System.Text;
using Azure.Storage.Blobs;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Deploy;
using PerformancePlan.Generator.Pipeline;
using PerformancePlan.Generator.Pipeline.Validation;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Deploy;

public sealed class DeployTests(Azurite azurite) : IClassFixture<Azurite>, IDisposable
{
    private readonly TempSite site = new();

    public void Dispose() => site.Dispose();

    private (AzureBlobTarget Target, BlobContainerClient Container) Container(string? name = null)
    {
        name ??= "site-" + Guid.NewGuid().ToString("N")[..12];
        return (new AzureBlobTarget(azurite.ConnectionString, name), new BlobContainerClient(azurite.ConnectionString, name));
    }

    private Dictionary<string, string> SiteFiles() =>
        TreeHash.Of(site.Output).Where(f => !f.Key.StartsWith('.')).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    [Fact]
    public async Task A_first_deploy_uploads_every_file_with_its_headers_and_a_second_uploads_nothing()
    {
        site.Build();
        var (target, container) = Container(AzureBlobTarget.DefaultContainer);

        var first = await Deployer.DeployAsync(site.Output, target);
        var second = await Deployer.DeployAsync(site.Output, target);

        Assert.Equal(SiteFiles().Count, first.Uploaded);
        Assert.Equal(0, second.Uploaded);
        Assert.Equal(0, second.Deleted);
        Assert.Equal(first.Uploaded, second.Unchanged);
        var blobs = new List<string>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            blobs.Add(blob.Name);
        }

        Assert.Equal(SiteFiles().Keys.Order(StringComparer.Ordinal), blobs.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(".build-manifest.json", blobs);
        var page = (await container.GetBlobClient("zh-tw/index.html").GetPropertiesAsync()).Value;
        Assert.Equal("text/html; charset=utf-8", page.ContentType);
        Assert.Equal(ContentHeaders.Short, page.CacheControl);
        var css = blobs.Single(b => b.StartsWith("assets/", StringComparison.Ordinal) && b.EndsWith(".css", StringComparison.Ordinal));
        var asset = (await container.GetBlobClient(css).GetPropertiesAsync()).Value;
        Assert.Equal("text/css; charset=utf-8", asset.ContentType);
        Assert.Equal(ContentHeaders.Immutable, asset.CacheControl);
        var csv = (await container.GetBlobClient($"data/{TempSite.Slug}/budget.csv").GetPropertiesAsync()).Value;
        Assert.Equal("text/csv; charset=utf-8", csv.ContentType);
        Assert.Equal(ContentHeaders.Short, csv.CacheControl);
    }

    [Fact]
    public async Task A_one_figure_change_uploads_only_the_files_whose_bytes_changed()
    {
        site.Build();
        var (target, _) = Container();
        await Deployer.DeployAsync(site.Output, target);
        var before = SiteFiles();
        var snapshot = new PlanReader(site.Database).LoadAll().Single();
        var actual = snapshot.Plan.Indicators.First(i => i.Actuals.Count > 0).Actuals[0];
        new ActualStore(site.Database).Save(snapshot.Plan.Id, actual with { Value = actual.Value + 1 }, actual.Version, TempSite.Context);
        site.Build();

        var changed = SiteFiles().Where(f => before[f.Key] != f.Value).Select(f => f.Key).ToList();
        var result = await Deployer.DeployAsync(site.Output, target);

        Assert.Contains(changed, f => f.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Contains(changed, f => f.EndsWith(".html", StringComparison.Ordinal));
        Assert.Equal(changed.Count, result.Uploaded);
        Assert.Equal(before.Count - changed.Count, result.Unchanged);
        Assert.Equal(0, result.Deleted);
    }

    [Fact]
    public async Task A_deploy_killed_midway_leaves_no_broken_link_and_the_next_completes_it()
    {
        site.Build();
        var (target, container) = Container();
        await Deployer.DeployAsync(site.Output, target);

        // A new stylesheet (new fingerprinted address on every page, the old one deleted) and a new exchange.
        var webRoot = Path.Combine(site.Directory, "wwwroot");
        CopyFolder(Core.RepositoryPaths.WebRoot, webRoot);
        File.AppendAllText(Path.Combine(webRoot, "css", "site.css"), "\n/* changed */\n");
        using (var c = site.Database.Open())
        {
            c.Execute("INSERT INTO exchanges (plan_id, date, kind, partner_city_zh, country_zh, summary_zh) SELECT id, '2018-12-24', 'envoy_visit', '新城市', '新國家', '新交流。' FROM plans");
        }

        await SiteBuilder.BuildAsync(site.Options() with { WebRootDirectory = webRoot });
        var plan = DeployPlan.For(site.Output, await target.ListAsync(CancellationToken.None));
        Assert.True(plan.Uploads.Count > 10 && plan.Deletions.Count > 0, $"{plan.Uploads.Count} uploads, {plan.Deletions.Count} deletions");

        foreach (var stopAfter in new[] { 1, plan.Uploads.Count / 3, plan.Uploads.Count - 2, plan.Uploads.Count })
        {
            var (partial, copy) = Container();
            await CopyContainer(container, copy);
            await Assert.ThrowsAsync<IOException>(() => Deployer.DeployAsync(site.Output, new Failing(partial, stopAfter)));
            Assert.Empty(await BrokenLinks(copy));
        }

        await Deployer.DeployAsync(site.Output, target);
        Assert.Empty(await BrokenLinks(container));
        Assert.Equal(0, (await Deployer.DeployAsync(site.Output, target)).Uploaded);
    }

    [Fact]
    public void New_files_go_first_then_changed_files_then_indexes_and_removed_files_are_deleted_last()
    {
        site.Build();
        var files = SiteFiles();
        var remote = files.Keys
            .Where(f => f != $"en/{TempSite.Slug}/budget/index.html" && !f.StartsWith("assets/", StringComparison.Ordinal))
            .Select(f => new RemoteFile(f, f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal) ? new byte[16] : Md5(File.ReadAllBytes(site.File(f)))))
            .Append(new RemoteFile("zh-tw/retired/index.html", new byte[16]))
            .ToList();

        var plan = DeployPlan.For(site.Output, remote);

        var order = plan.Uploads.Select(u => u.Path).ToList();
        var firstPage = order.FindIndex(p => !p.StartsWith("assets/", StringComparison.Ordinal));
        Assert.True(order.Take(firstPage).All(p => p.StartsWith("assets/", StringComparison.Ordinal)) && firstPage > 0);
        Assert.Equal($"en/{TempSite.Slug}/budget/index.html", order[firstPage]);
        var firstIndex = order.FindIndex(DeployPlan.IsIndex);
        Assert.All(order.Skip(firstIndex), p => Assert.True(DeployPlan.IsIndex(p), p));
        Assert.Contains("index.html", order.Skip(firstIndex));
        Assert.Contains("sitemap.xml", order.Skip(firstIndex));
        Assert.Equal(["zh-tw/retired/index.html"], plan.Deletions);
        Assert.DoesNotContain(order, p => p.EndsWith(".csv", StringComparison.Ordinal));
    }

    /// <summary>Follows every link from the root page through the container; a link to a blob that does not exist is broken.</summary>
    private static async Task<List<string>> BrokenLinks(BlobContainerClient container)
    {
        var blobs = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var blob in container.GetBlobsAsync())
        {
            blobs.Add(blob.Name);
        }

        var broken = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "index.html" };
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var page))
        {
            var html = Encoding.UTF8.GetString((await container.GetBlobClient(page).DownloadContentAsync()).Value.Content.ToArray());
            var facts = PageFactsReader.Read(page, html, null, new ConcurrentBag<SiteProblem>());
            foreach (var link in facts.Links)
            {
                if (!LinkResolver.TryResolve(page, link, null, out var target, out _))
                {
                    continue;
                }

                if (!blobs.Contains(target))
                {
                    broken.Add($"{page}: {link}");
                }
                else if (target.EndsWith(".html", StringComparison.Ordinal) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        Assert.True(seen.Count > 20, $"the crawl reached only {seen.Count} pages");
        return broken;
    }

    private static async Task CopyContainer(BlobContainerClient from, BlobContainerClient to)
    {
        await to.CreateIfNotExistsAsync();
        await foreach (var blob in from.GetBlobsAsync())
        {
            var source = from.GetBlobClient(blob.Name);
            var content = (await source.DownloadContentAsync()).Value;
            await to.GetBlobClient(blob.Name).UploadAsync(content.Content, new Azure.Storage.Blobs.Models.BlobUploadOptions
            {
                HttpHeaders = new Azure.Storage.Blobs.Models.BlobHttpHeaders { ContentType = content.Details.ContentType, CacheControl = content.Details.CacheControl, ContentHash = content.Details.ContentHash },
            });
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

#pragma warning disable CA5351 // Content-MD5, as the store keeps it.
    private static byte[] Md5(byte[] bytes) => System.Security.Cryptography.MD5.HashData(bytes);
#pragma warning restore CA5351

    /// <summary>A deploy that dies after a number of uploads, as a killed process or a lost network would.</summary>
    private sealed class Failing(IDeployTarget inner, int uploadsBeforeFailure) : IDeployTarget
    {
        private int uploads;

        public string Name => inner.Name;

        public Task<IReadOnlyList<RemoteFile>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

        public Task UploadAsync(UploadFile file, CancellationToken cancellationToken) =>
            ++uploads > uploadsBeforeFailure ? throw new IOException("connection lost") : inner.UploadAsync(file, cancellationToken);

        public Task DeleteAsync(string path, CancellationToken cancellationToken) =>
            uploads >= uploadsBeforeFailure ? throw new IOException("connection lost") : inner.DeleteAsync(path, cancellationToken);
    }
}
