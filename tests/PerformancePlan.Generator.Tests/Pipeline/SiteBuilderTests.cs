using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Pipeline;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Pipeline;

public sealed class SiteBuilderTests : IDisposable
{
    private readonly TempSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void Two_builds_of_the_same_database_are_byte_identical()
    {
        site.Build(Path.Combine(site.Directory, "one"));
        site.Build(Path.Combine(site.Directory, "two"));
        var one = TreeHash.Of(Path.Combine(site.Directory, "one"));
        var two = TreeHash.Of(Path.Combine(site.Directory, "two"));
        Assert.True(one.Count > 40);
        Assert.Equal(one, two);
        Assert.Equal(["one", "two"], Directory.GetDirectories(site.Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_build_reports_pages_files_and_bytes_it_wrote()
    {
        var result = site.Build();
        var files = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != ".build-manifest.json").ToArray();
        Assert.Equal(files.Length, result.Files);
        Assert.Equal(files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)), result.Pages);
        Assert.Equal(files.Sum(f => new FileInfo(f).Length), result.Bytes);
    }

    [Fact]
    public void A_build_from_nothing_validates_every_page_feed_sitemap_and_plan_dataset_once()
    {
        // The feeds and open data are read back beside the renderer, the pages as they are rendered,
        // the sitemap at the end: each counted once, none left out.
        var result = site.Build();
        var files = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).ToList();
        var plans = new PerformancePlan.Core.Plans.PlanReader(site.Database).LoadAll();
        var openData = plans.Sum(p => files.Count(f => f.StartsWith($"data/{p.Plan.Slug}/", StringComparison.Ordinal) && (f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith("/datapackage.json", StringComparison.Ordinal))));

        Assert.Equal(plans.Count * (PerformancePlan.Generator.OpenData.Datasets.All.Count + 1), openData);
        Assert.Contains("sitemap.xml", files);
        Assert.Contains(files, f => f.EndsWith("/feed.xml", StringComparison.Ordinal));
        Assert.Equal(files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)) + files.Count(f => f.EndsWith(".xml", StringComparison.Ordinal)) + openData, result.FilesValidated);
    }

    [Fact]
    public void A_broken_link_fails_validation_naming_the_page_and_the_link_and_leaves_the_previous_site_untouched()
    {
        site.Build();
        var before = TreeHash.Of(site.Output);
        using (var c = site.Database.Open())
        {
            c.Execute("UPDATE site_pages SET markdown = markdown || char(10) || char(10) || '[舊報告](../reports/2017/)' WHERE key = 'about' AND language = 'zh-TW'");
        }

        var error = Assert.Throws<SiteValidationException>(() => site.Build());
        var problem = Assert.Single(error.Problems);
        Assert.Equal("zh-tw/about/index.html", problem.File);
        Assert.Equal("../reports/2017/", problem.Link);
        Assert.Contains("zh-tw/about/index.html", error.Message, StringComparison.Ordinal);
        Assert.Contains("../reports/2017/", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, TreeHash.Of(site.Output));
        Assert.False(Directory.Exists(site.Output + ".staging"));
    }

    [Fact]
    public void A_link_to_a_missing_anchor_or_an_unknown_asset_fails_validation()
    {
        using (var c = site.Database.Open())
        {
            c.Execute($"UPDATE site_pages SET markdown = markdown || char(10) || char(10) || '[紀錄](../{TempSite.Slug}/exchanges/#x-1999-01-01-1) ![圖](../../assets/missing.png) [外部](https://data.gov.tw/license)' WHERE key = 'open-data' AND language = 'zh-TW'");
        }

        var error = Assert.Throws<SiteValidationException>(() => site.Build());
        Assert.Equal(2, error.Problems.Count);
        Assert.All(error.Problems, p => Assert.Equal("zh-tw/open-data/index.html", p.File));
        Assert.Contains(error.Problems, p => p.Link == $"../{TempSite.Slug}/exchanges/#x-1999-01-01-1" && p.Problem.Contains("anchor", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Link == "../../assets/missing.png");
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_cancelled_build_leaves_the_previous_site_exactly_as_it_was()
    {
        site.Build();
        var before = TreeHash.Of(site.Output);
        using (var c = site.Database.Open())
        {
            c.Execute("UPDATE goals SET title_zh = '已改名' WHERE ordinal = 1");
        }

        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Stage == "pages")
            {
                cancel.Cancel();
            }
        });
        Assert.ThrowsAny<OperationCanceledException>(() => SiteBuilder.BuildAsync(site.Options(), progress, cancel.Token).GetAwaiter().GetResult());
        Assert.Equal(before, TreeHash.Of(site.Output));
    }

    [Fact]
    public void A_swap_killed_between_its_renames_is_undone_by_the_next_build()
    {
        site.Build();
        var staging = site.Output + ".staging";
        var aside = Path.Combine(staging, "previous-killed");
        Directory.CreateDirectory(staging);
        Directory.Move(site.Output, aside);
        Directory.CreateDirectory(Path.Combine(staging, "build-killed"));

        using (var c = site.Database.Open())
        {
            c.Execute("UPDATE site_pages SET markdown = '[broken](../nowhere/)' WHERE key = 'about' AND language = 'en'");
        }

        Assert.Throws<SiteValidationException>(() => site.Build());
        Assert.True(File.Exists(site.File("index.html")));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void The_output_of_a_successful_build_replaces_the_previous_site()
    {
        site.Build();
        File.WriteAllText(site.File("stale.txt"), "from an older release");
        using (var c = site.Database.Open())
        {
            c.Execute("UPDATE goals SET title_zh = '推動國際友好城市交流（修訂）' WHERE ordinal = 1");
        }

        site.Build();
        Assert.False(File.Exists(site.File("stale.txt")));
        Assert.Contains("（修訂）", site.Page($"zh-tw/{TempSite.Slug}/goals/1/").QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    private sealed class SynchronousProgress(Action<BuildProgress> report) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => report(value);
    }
}
