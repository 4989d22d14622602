using System.Collections.Concurrent;
using PerformancePlan.Generator.Pipeline;
using PerformancePlan.Generator.Pipeline.Validation;

namespace PerformancePlan.Generator.Tests.Pipeline.Validation;

public sealed class XmlChecksTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pp-xml-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("""<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>""")]
    [InlineData("""<feed xmlns="http://www.w3.org/2005/Atom"><title>x</feed>""")]
    [InlineData("""<feed xmlns="http://www.w3.org/2005/Atom"><title>a &nbsp; b</title></feed>""")]
    [InlineData("""<feed xmlns="http://www.w3.org/2005/Atom"></feed><feed/>""")]
    public void An_xml_file_that_does_not_parse_to_its_end_is_a_problem(string xml)
    {
        var problems = Check("zh-tw/p/exchanges/feed.xml", xml, _ => true);
        Assert.Contains(problems, p => p.File == "zh-tw/p/exchanges/feed.xml" && p.Problem.StartsWith("the XML does not parse", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sitemap_may_list_only_pages_of_the_site()
    {
        const string Sitemap = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://plan.example.gov.tw/zh-tw/</loc></url>
              <url><loc>https://plan.example.gov.tw/zh-tw/gone/</loc></url>
              <url><loc>https://plan.example.gov.tw/en/</loc><lastmod>2019-01-15</lastmod></url>
            </urlset>
            """;
        var pages = new HashSet<string>(["zh-tw/index.html", "en/index.html"], StringComparer.Ordinal);
        var problems = Check("sitemap.xml", Sitemap, pages.Contains);
        var problem = Assert.Single(problems);
        Assert.Equal(("the sitemap lists an address that is not a page of the site", "https://plan.example.gov.tw/zh-tw/gone/"), (problem.Problem, problem.Link));
    }

    [Fact]
    public void A_well_formed_feed_has_no_problem() =>
        Assert.Empty(Check("en/p/exchanges/feed.xml", """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Exchanges &amp; visits</title><entry><title>Visit</title></entry></feed>""", _ => false));

    private List<SiteProblem> Check(string file, string xml, Func<string, bool> isPage)
    {
        var path = Path.Combine(folder, Path.GetFileName(file));
        File.WriteAllText(path, xml);
        var problems = new ConcurrentBag<SiteProblem>();
        XmlChecks.Check(file, path, isPage, problems);
        return [.. problems];
    }
}
