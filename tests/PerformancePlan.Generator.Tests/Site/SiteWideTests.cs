using System.Text.RegularExpressions;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Site;

[Collection(SeedSiteCollection.Name)]
public sealed partial class SiteWideTests(BuiltSeedSite seed)
{
    private TempSite Site => seed.Site;

    private IEnumerable<string> LanguagePages() =>
        Site.HtmlFiles().Where(f => f.StartsWith("zh-tw/", StringComparison.Ordinal) || f.StartsWith("en/", StringComparison.Ordinal));

    [Fact]
    public void Every_page_of_issue_3_is_built_in_both_languages()
    {
        var files = Site.HtmlFiles();
        foreach (var language in new[] { "zh-tw", "en" })
        {
            Assert.Contains($"{language}/index.html", files);
            Assert.Contains($"{language}/about/index.html", files);
            Assert.Contains($"{language}/open-data/index.html", files);
            foreach (var page in new[] { "", "exchanges/", "budget/", "e-signature/", "open-data/" })
            {
                Assert.Contains($"{language}/{TempSite.Slug}/{page}index.html", files);
            }

            for (var goal = 1; goal <= 8; goal++)
            {
                Assert.Contains($"{language}/{TempSite.Slug}/goals/{goal}/index.html", files);
            }
        }

        Assert.Contains("index.html", files);
        Assert.Contains("404.html", files);
        Assert.Equal(files.Count, seed.Result.Pages);
        Assert.True(File.Exists(Site.File("sitemap.xml")));
        Assert.True(File.Exists(Site.File("robots.txt")));
    }

    [Fact]
    public void Every_page_has_lang_a_unique_title_a_description_one_h1_main_and_a_skip_link()
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Site.HtmlFiles())
        {
            var page = Site.Page(file);
            Assert.False(string.IsNullOrEmpty(page.DocumentElement.GetAttribute("lang")), file);
            Assert.True(titles.Add(page.Title!), $"{file}: duplicate title {page.Title}");
            Assert.False(string.IsNullOrEmpty(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), file);
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Equal("main", page.QuerySelector("main")!.Id);
            Assert.Equal("#main", page.QuerySelector("body > a.skip-link")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void Hreflang_pairs_point_at_each_other_and_the_language_switch_lands_on_the_same_page()
    {
        foreach (var file in LanguagePages())
        {
            var page = Site.Page(file);
            var own = file.StartsWith("en/", StringComparison.Ordinal) ? "en" : "zh-TW";
            var other = own == "en" ? "zh-TW" : "en";
            var self = "/" + file[..^"index.html".Length];
            Assert.Equal(self, page.QuerySelector($"link[hreflang='{own}']")!.GetAttribute("href"));
            var otherHref = page.QuerySelector($"link[hreflang='{other}']")!.GetAttribute("href")!;
            Assert.NotNull(page.QuerySelector("link[hreflang='x-default']"));
            var back = Site.Page(otherHref.TrimStart('/') + "index.html");
            Assert.Equal(self, back.QuerySelector($"link[hreflang='{own}']")!.GetAttribute("href"));

            var switchLink = page.QuerySelector("a.lang-switch")!;
            var target = new Uri(new Uri("https://x/" + file), switchLink.GetAttribute("href")!).AbsolutePath;
            Assert.Equal(otherHref, target);
        }
    }

    [Fact]
    public void Chinese_is_written_as_characters_not_numeric_entities()
    {
        foreach (var file in Site.HtmlFiles())
        {
            var html = Site.Html(file);
            Assert.DoesNotMatch(CjkEntity(), html);
        }

        Assert.Contains("秘書處 107 年度施政計畫", Site.Html($"zh-tw/{TempSite.Slug}/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_of_a_sample_plan_carries_the_sample_data_notice()
    {
        var planPages = LanguagePages().Where(f => f.Contains($"/{TempSite.Slug}/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2 * (1 + 8 + 4), planPages.Count);
        foreach (var file in planPages)
        {
            Assert.NotNull(Site.Page(file).QuerySelector(".sample-notice[role=note]"));
        }

        Assert.Null(Site.Page("zh-tw/about/").QuerySelector(".sample-notice"));
    }

    [Fact]
    public void Every_table_has_a_download_csv_link_to_a_file_that_exists()
    {
        foreach (var file in LanguagePages())
        {
            var page = Site.Page(file);
            foreach (var region in page.QuerySelectorAll(".table-scroll"))
            {
                Assert.Equal("region", region.GetAttribute("role"));
                Assert.Equal("0", region.GetAttribute("tabindex"));
                Assert.NotNull(page.GetElementById(region.GetAttribute("aria-labelledby")!));
                var link = region.NextElementSibling?.QuerySelector("a[download]");
                Assert.True(link is not null, $"{file}: a table without a CSV link");
                var csv = new Uri(new Uri("https://x/" + file), link.GetAttribute("href")!).AbsolutePath.TrimStart('/');
                Assert.True(File.Exists(Site.File(csv)), $"{file}: {csv}");
            }
        }
    }

    [Fact]
    public void Assets_are_copied_under_content_hashed_names_that_every_page_uses()
    {
        var css = Directory.GetFiles(Path.Combine(Site.Output, "assets", "css"));
        var name = Path.GetFileName(Assert.Single(css));
        Assert.Matches(@"^site\.[0-9a-f]{10}\.css$", name);
        foreach (var file in Site.HtmlFiles())
        {
            Assert.EndsWith("assets/css/" + name, Site.Page(file).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Decorative_icons_come_from_the_stylesheet_and_a_cached_image_not_from_svg_in_every_page()
    {
        var css = File.ReadAllText(Directory.GetFiles(Path.Combine(Site.Output, "assets", "css")).Single());
        var statuses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Site.HtmlFiles())
        {
            var page = Site.Page(file);
            // Inline SVG is left to charts and data bars inside <main>; the frame and the badges carry none.
            Assert.Empty(page.QuerySelectorAll(".site-header svg, .sample-notice svg, .csv-link svg, .feed-link svg, .status svg, .badge svg"));
            Assert.All(page.QuerySelectorAll("svg"), svg => Assert.NotNull(svg.Closest("main")));

            var mark = page.QuerySelector(".site-header img.brand__mark")!;
            Assert.Equal("", mark.GetAttribute("alt"));
            Assert.Equal(("32", "32"), (mark.GetAttribute("width"), mark.GetAttribute("height")));
            var src = new Uri(new Uri("https://x/" + file), mark.GetAttribute("src")!).AbsolutePath.TrimStart('/');
            Assert.Matches(@"^assets/icons/brand\.[0-9a-f]{10}\.svg$", src);
            Assert.True(File.Exists(Site.File(src)), $"{file}: {src}");

            foreach (var status in page.QuerySelectorAll(".status"))
            {
                statuses.Add(status.ClassList.Single(c => c.StartsWith("status--", StringComparison.Ordinal)));
            }
        }

        // Every status the pages show has its icon in the stylesheet.
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Matches($@"\.{s} {{[^}}]*--status-icon: url\(""data:image/svg\+xml,", css));
    }

    [Fact]
    public void The_sitemap_lists_every_page_with_its_hreflang_alternates_and_robots_points_at_it()
    {
        var sitemap = System.Xml.Linq.XDocument.Load(Site.File("sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        System.Xml.Linq.XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = sitemap.Descendants(ns + "url").ToList();
        Assert.Equal(seed.Result.Pages - 1, urls.Count);
        var goal = urls.Single(u => u.Element(ns + "loc")!.Value == $"/en/{TempSite.Slug}/goals/3/");
        var alternates = goal.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal($"/zh-tw/{TempSite.Slug}/goals/3/", alternates["zh-TW"]);
        Assert.Equal($"/en/{TempSite.Slug}/goals/3/", alternates["en"]);
        Assert.Contains("x-default", alternates.Keys);
        Assert.Contains("Sitemap: /sitemap.xml", File.ReadAllText(Site.File("robots.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_page_leads_to_both_languages_and_404_uses_root_links()
    {
        var root = Site.Page("");
        var links = root.QuerySelectorAll(".language-gate__choices a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["zh-tw/", "en/"], links);
        var notFound = Site.Page("404.html");
        Assert.StartsWith("/assets/css/", notFound.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void Static_pages_render_the_markdown_with_chinese_heading_ids()
    {
        var about = Site.Page("zh-tw/about/");
        Assert.Equal("關於本網站", about.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(about.QuerySelectorAll("h2[id]"), h => h.Id == "網站簡介");
        var guide = Site.Page("en/open-data/");
        Assert.Contains(guide.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"../{TempSite.Slug}/open-data/");
    }

    [GeneratedRegex("&#(x[0-9a-fA-F]{4,5}|[0-9]{5});")]
    private static partial Regex CjkEntity();
}
