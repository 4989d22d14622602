using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Site;

[Collection(SeedSiteCollection.Name)]
public sealed class ExchangesPageTests(BuiltSeedSite seed)
{
    [Fact]
    public void Every_entry_is_listed_newest_first_with_a_stable_anchor()
    {
        var expected = seed.Site.Query("SELECT id, date FROM exchanges ORDER BY date DESC, id DESC", r => $"x-{r.GetString(1)}-{r.GetInt64(0)}");
        var page = seed.Site.Page($"zh-tw/{TempSite.Slug}/exchanges/");
        Assert.Equal(expected, page.QuerySelectorAll("#exchange-list > li").Select(li => li.Id));
    }

    [Fact]
    public void Counts_by_kind_equal_the_database()
    {
        var counts = seed.Site.Query("SELECT kind, COUNT(*) FROM exchanges GROUP BY kind", r => (Kind: r.GetString(0), Count: r.GetInt32(1)))
            .ToDictionary(c => c.Kind, c => c.Count);
        var page = seed.Site.Page($"en/{TempSite.Slug}/exchanges/");
        foreach (var row in page.QuerySelectorAll("tr[data-kind]"))
        {
            Assert.Equal(counts.GetValueOrDefault(row.GetAttribute("data-kind")!), int.Parse(row.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(counts.Values.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("tfoot [data-count]")!.GetAttribute("data-count"));
    }

    [Fact]
    public void Entries_counted_towards_an_indicator_are_set_against_its_target_and_link_to_it()
    {
        var page = seed.Site.Page($"zh-tw/{TempSite.Slug}/exchanges/");
        var row = page.QuerySelector("tr[data-indicator='1.1']")!;
        var counted = seed.Site.Query("SELECT COUNT(*) FROM exchanges WHERE indicator_code = '1.1'", r => r.GetInt32(0)).Single();
        Assert.Equal(counted.ToString(System.Globalization.CultureInfo.InvariantCulture), row.GetAttribute("data-count"));
        Assert.Contains("6 次", row.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("goals/1/#indicator-1-1", row.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_filter_script_is_an_enhancement_and_the_feed_is_linked()
    {
        var page = seed.Site.Page($"en/{TempSite.Slug}/exchanges/");
        Assert.Empty(page.QuerySelectorAll("#exchange-list [hidden]"));
        Assert.Empty(page.QuerySelectorAll("form, select"));
        Assert.NotNull(page.QuerySelector("script[src*='exchange-filter.'][defer]"));
        var feed = page.QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href")!;
        var feedPath = new Uri(new Uri($"https://x/en/{TempSite.Slug}/exchanges/index.html"), feed).AbsolutePath.TrimStart('/');
        Assert.Equal($"en/{TempSite.Slug}/exchanges/feed.xml", feedPath);
        var atom = System.Xml.Linq.XDocument.Load(seed.Site.File(feedPath));
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2005/Atom";
        Assert.Equal(page.QuerySelectorAll("#exchange-list > li").Length, atom.Descendants(ns + "entry").Count());
    }
}
