using System.Xml.Linq;
using PerformancePlan.Core;
using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Site;

[Collection(Collections.SiteCrawl)]
public sealed class CrawlTests(PublishedSiteFixture site, ITestOutputHelper output)
{
    [Fact]
    public async Task A_crawl_from_the_root_reaches_every_page_with_no_broken_link_console_error_or_failed_request()
    {
        await using var session = await site.OpenSessionAsync();
        var crawl = await SiteCrawler.CrawlAsync(session, site.BaseUrl);
        output.WriteLine($"crawled {crawl.Pages.Count} pages and {crawl.Files.Count} files");

        Assert.True(crawl.Broken.Count == 0, "broken links:\n" + string.Join("\n", crawl.Broken));
        Assert.True(crawl.MissingCharset.Count == 0, "pages that do not declare <meta charset=\"utf-8\">:\n" + string.Join("\n", crawl.MissingCharset));
        session.AssertNoPageErrors();

        var expected = new List<string> { "/" };
        foreach (var language in LanguageExtensions.All)
        {
            expected.AddRange(PublicPages.TypesIn(language).Select(t => t.Path));
            expected.AddRange(site.Plan.Plan.Goals.Select(g => PublicPages.Goal(language, g.Ordinal)));
        }

        var unreached = expected.Distinct().Where(p => !crawl.Pages.Contains(p)).ToList();
        Assert.True(unreached.Count == 0, "pages the crawl never reached from the root:\n" + string.Join("\n", unreached));
        Assert.Contains(crawl.Files, f => f.EndsWith(".csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_page_in_the_sitemap_is_reached_by_links_and_every_page_reached_is_in_the_sitemap()
    {
        await using var session = await site.OpenSessionAsync();
        var sitemap = await session.Context.APIRequest.GetAsync(site.BaseUrl + "/sitemap.xml");
        Assert.Equal(200, sitemap.Status);
        var xml = XDocument.Parse(await sitemap.TextAsync());
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = xml.Descendants(ns + "loc").Select(l => new Uri(new Uri(site.BaseUrl), l.Value.Trim()).AbsolutePath).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(listed);

        var crawl = await SiteCrawler.CrawlAsync(session, site.BaseUrl);
        var notLinked = listed.Where(p => !crawl.Pages.Contains(p)).Order(StringComparer.Ordinal).ToList();
        var notListed = crawl.Pages.Where(p => !listed.Contains(p)).Order(StringComparer.Ordinal).ToList();
        Assert.True(notLinked.Count == 0, "in sitemap.xml but not reachable by a link:\n" + string.Join("\n", notLinked));
        Assert.True(notListed.Count == 0, "reachable pages missing from sitemap.xml:\n" + string.Join("\n", notListed));
    }
}
