using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Pipeline;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Pipeline;

/// <summary>Builds that start from the previous release: what they reuse, and the guarantees they keep.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempSite site = new();

    public void Dispose() => site.Dispose();

    private string Release(string name) => Path.Combine(site.Directory, "releases", name);

    private BuildResult Build(string name, string? previous) =>
        SiteBuilder.BuildAsync(site.Options(Release(name)) with { PreviousRelease = previous is null ? null : Release(previous) }).GetAwaiter().GetResult();

    [Fact]
    public void A_rebuild_with_nothing_changed_writes_and_reads_no_file_and_equals_a_build_from_nothing()
    {
        var first = Build("1", null);
        var again = Build("2", "1");
        var fresh = Build("3", null);

        Assert.Equal(first.Pages, again.Pages);
        Assert.Equal(0, again.PagesWritten);
        Assert.Equal(first.Pages, again.PagesReused);
        Assert.Equal(0, again.FilesWritten);
        Assert.Equal(0, again.BytesWritten);
        Assert.Equal(0, again.FilesValidated);
        Assert.True(again.PagesRendered < first.Pages / 2, $"{again.PagesRendered} of {first.Pages} pages rendered again");
        Assert.Equal(first.Pages, fresh.PagesWritten);
        Assert.Equal(TreeHash.Of(Release("3")), TreeHash.Of(Release("2")));
    }

    [Fact]
    public void A_changed_figure_writes_only_the_files_whose_bytes_change_and_leaves_the_previous_release_as_it_was()
    {
        Build("1", null);
        var before = TreeHash.Of(Release("1"));
        var snapshot = new PlanReader(site.Database).LoadAll().Single();
        var indicator = snapshot.Plan.Indicators.First(i => i.Actuals.Count > 0);
        var actual = indicator.Actuals[0];
        new ActualStore(site.Database).Save(snapshot.Plan.Id, actual with { Value = actual.Value + 1 }, actual.Version, TempSite.Context);

        var changed = Build("2", "1");
        Build("3", null);

        Assert.Equal(before, TreeHash.Of(Release("1")));
        Assert.Equal(TreeHash.Of(Release("3")), TreeHash.Of(Release("2")));
        var differ = TreeHash.Of(Release("2")).Where(f => before.TryGetValue(f.Key, out var old) && old != f.Value).Select(f => f.Key).ToList();
        Assert.Contains(differ, f => f.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Equal(differ.Count(f => f.EndsWith(".html", StringComparison.Ordinal)), changed.PagesWritten);
        Assert.Equal(differ.Count(f => f != ".build-manifest.json"), changed.FilesWritten);
        Assert.InRange(changed.PagesWritten, 1, changed.Pages / 2);
    }

    [Fact]
    public void A_publish_reading_plans_through_a_cache_kept_between_builds_sees_a_save_made_in_between()
    {
        using var changes = new StoreChanges(site.Database);
        var cache = new PlanCache(new PlanReader(site.Database), changes);
        BuildResult Cached(string name, string? previous) => SiteBuilder.BuildAsync(site.Options(Release(name)) with
        {
            Plans = cache,
            PreviousRelease = previous is null ? null : Release(previous),
        }).GetAwaiter().GetResult();

        Cached("1", null);
        var same = Cached("2", "1");
        var snapshot = cache.LoadAll().Single();
        var indicator = snapshot.Plan.Indicators.First(i => i.Actuals.Count > 0);
        var actual = indicator.Actuals[0];
        new ActualStore(site.Database).Save(snapshot.Plan.Id, actual with { Value = actual.Value + 1 }, actual.Version, TempSite.Context);
        var changed = Cached("3", "2");
        Build("4", null);

        Assert.Equal(0, same.FilesWritten);
        Assert.InRange(changed.PagesWritten, 1, changed.Pages / 2);
        Assert.Equal(TreeHash.Of(Release("4")), TreeHash.Of(Release("3")));
    }

    /// <summary>A change to each kind of table a plan's pages are made from, as another process would commit it.</summary>
    public static TheoryData<string> ChangesElsewhere() =>
    [
        "UPDATE plans SET vision_en = vision_en || ' (changed)'",
        "UPDATE plan_tasks SET text_en = text_en || ' (changed)' WHERE ordinal = 1",
        "UPDATE goal_items SET text_en = text_en || ' (changed)' WHERE ordinal = 1",
        "UPDATE indicators SET title_en = title_en || ' (changed)' WHERE id = (SELECT min(id) FROM indicators)",
        "DELETE FROM actuals WHERE id = (SELECT min(id) FROM actuals)",
        "UPDATE budget_lines SET amount_thousand_ntd = '1234.5' WHERE ordinal = 1",
        "DELETE FROM exchanges WHERE id = (SELECT max(id) FROM exchanges)",
        "UPDATE esignature_months SET online_signed = online_signed + 1 WHERE id = (SELECT min(id) FROM esignature_months)",
        "UPDATE agencies SET name_en = name_en || ' (changed)'",
        "UPDATE settings SET value = value || ' (changed)' WHERE key = 'city_name_en'",
        "UPDATE site_pages SET markdown = markdown || char(10) || char(10) || 'Changed.' WHERE key = 'about'",
    ];

    [Theory]
    [MemberData(nameof(ChangesElsewhere))]
    public async Task A_publish_through_the_cache_after_a_change_elsewhere_equals_a_build_from_nothing(string sql)
    {
        using var changes = new StoreChanges(site.Database);
        var cache = new PlanCache(new PlanReader(site.Database), changes);
        var first = await SiteBuilder.BuildAsync(site.Options(Release("1")) with { Plans = cache });
        var before = TreeHash.Of(Release("1"));
        using (var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={site.Database.Path};Pooling=False;Foreign Keys=True"))
        {
            other.Open();
            Assert.True(other.Execute(sql) > 0, sql);
        }

        var changed = await SiteBuilder.BuildAsync(site.Options(Release("2")) with { Plans = cache, PreviousRelease = Release("1") });
        await SiteBuilder.BuildAsync(site.Options(Release("3")));

        Assert.Equal(TreeHash.Of(Release("3")), TreeHash.Of(Release("2")));
        Assert.NotEqual(before, TreeHash.Of(Release("2")));
        Assert.InRange(changed.PagesWritten, 1, first.Pages);
    }

    [Fact]
    public void A_link_from_an_unchanged_page_to_an_anchor_that_disappears_fails_validation()
    {
        var anchor = site.Query($"SELECT date, id FROM exchanges ORDER BY id LIMIT 1", r => $"x-{r.GetString(0)}-{r.GetInt64(1)}").Single();
        using (var c = site.Database.Open())
        {
            c.Execute($"UPDATE site_pages SET markdown = markdown || char(10) || char(10) || '[紀錄](../{TempSite.Slug}/exchanges/#{anchor})' WHERE key = 'open-data' AND language = 'zh-TW'");
        }

        Build("1", null);
        using (var c = site.Database.Open())
        {
            c.Execute("DELETE FROM exchanges WHERE id = (SELECT MIN(id) FROM exchanges)");
        }

        var error = Assert.Throws<SiteValidationException>(() => Build("2", "1"));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("zh-tw/open-data/index.html", problem.File);
        Assert.Equal($"../{TempSite.Slug}/exchanges/#{anchor}", problem.Link);
        Assert.False(Directory.Exists(Release("2")));
    }

    [Fact]
    public void A_file_missing_from_the_previous_release_is_made_again()
    {
        Build("1", null);
        File.Delete(Path.Combine(Release("1"), "en", TempSite.Slug, "budget", "index.html"));
        File.Delete(Path.Combine(Release("1"), "data", TempSite.Slug, "budget.csv"));

        var rebuilt = Build("2", "1");
        Build("3", null);

        Assert.Equal(TreeHash.Of(Release("3")), TreeHash.Of(Release("2")));
        Assert.Equal(1, rebuilt.PagesWritten);
    }

    [Fact]
    public void A_previous_release_without_a_readable_record_is_not_trusted()
    {
        var first = Build("1", null);
        File.WriteAllText(Path.Combine(Release("1"), ".build-manifest.json"), "{ not json");

        var rebuilt = Build("2", "1");

        Assert.Equal(first.Pages, rebuilt.PagesWritten);
        Assert.Equal(first.Pages, rebuilt.PagesRendered);
    }
}
