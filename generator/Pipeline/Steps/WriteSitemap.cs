using PerformancePlan.Core;
using PerformancePlan.Generator.Site;
using PerformancePlan.Generator.Text;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Writes <c>sitemap.xml</c> (every page, with its hreflang alternates and the date its data last
/// changed) and <c>robots.txt</c>. Both are made from the plans alone (which pages there are, and
/// their dates) and the public address: when every plan is unchanged, the previous release's are
/// taken as they are.
/// </summary>
internal sealed class WriteSitemap : IBuildStep
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public string Stage => "sitemap";

    public Task RunAsync(BuildContext context)
    {
        var site = context.Site;
        var pages = context.Pages.Where(p => p.Path != SitePaths.NotFound).ToList();
        var unchanged = context.AllPlansUnchanged;
        context.WriteOrReuse(SitePaths.Sitemap, unchanged, () => Sitemap(site, pages));
        context.WriteOrReuse(SitePaths.Robots, unchanged, () => System.Text.Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {site.Absolute(SitePaths.Sitemap)}\n"));
        context.Report(Stage, pages.Count, pages.Count);
        return Task.CompletedTask;
    }

    private static byte[] Sitemap(SiteInfo site, IReadOnlyList<PageSpec> pages) => XmlFiles.Write(xml =>
    {
        xml.WriteStartElement("urlset", SitemapNs);
        xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
        foreach (var page in pages)
        {
            xml.WriteStartElement("url", SitemapNs);
            xml.WriteElementString("loc", SitemapNs, site.Absolute(page.Path));
            var updated = page.Snapshot?.LastUpdatedOn ?? site.LastUpdated;
            if (updated is { } date)
            {
                xml.WriteElementString("lastmod", SitemapNs, Formats.Iso(date));
            }

            if (!page.IsLanguageNeutral)
            {
                var zh = site.Absolute(SitePaths.Translate(page.Path, page.Language, Language.ZhTw));
                Alternate(xml, Language.ZhTw.Tag(), zh);
                Alternate(xml, Language.En.Tag(), site.Absolute(SitePaths.Translate(page.Path, page.Language, Language.En)));
                Alternate(xml, "x-default", zh);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static void Alternate(System.Xml.XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", Xhtml);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
