using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Validation;

/// <summary>Every XML file written (sitemap, feeds) parses, and the sitemap lists only pages of the site.</summary>
internal static class XmlChecks
{
    public static void Check(string file, string fullPath, Func<string, bool> isPage, ConcurrentBag<SiteProblem> problems)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Load(fullPath);
        }
        catch (XmlException ex)
        {
            problems.Add(new(file, "the XML does not parse: " + ex.Message));
            return;
        }

        if (file == SitePaths.Sitemap)
        {
            XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            foreach (var loc in xml.Descendants(ns + "loc").Select(l => l.Value))
            {
                if (!isPage(SitePaths.FileOf(LinkResolver.SitePathOf(loc))))
                {
                    problems.Add(new(file, "the sitemap lists an address that is not a page of the site", loc));
                }
            }
        }
    }
}
