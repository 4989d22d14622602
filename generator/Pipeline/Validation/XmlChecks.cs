using System.Collections.Concurrent;
using System.Xml;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Validation;

/// <summary>Every XML file written (sitemap, feeds) parses, and the sitemap lists only pages of the site.</summary>
internal static class XmlChecks
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, IgnoreComments = true };

    /// <summary>Reads the file through once (a streaming reader checks it is well formed to the end) and, in the sitemap, every address listed.</summary>
    public static void Check(string file, string fullPath, Func<string, bool> isPage, ConcurrentBag<SiteProblem> problems)
    {
        var sitemap = file == SitePaths.Sitemap;
        try
        {
            // Read whole, then parsed from memory: the reader's own small reads cost more system time than the parsing.
            using var reader = XmlReader.Create(new MemoryStream(File.ReadAllBytes(fullPath), writable: false), Settings);
            while (reader.Read())
            {
                if (sitemap && reader.NodeType == XmlNodeType.Element && reader.LocalName == "loc" && reader.NamespaceURI == SitemapNamespace)
                {
                    var loc = reader.ReadElementContentAsString();
                    if (!isPage(SitePaths.FileOf(LinkResolver.SitePathOf(loc))))
                    {
                        problems.Add(new(file, "the sitemap lists an address that is not a page of the site", loc));
                    }
                }
            }
        }
        catch (XmlException ex)
        {
            problems.Add(new(file, "the XML does not parse: " + ex.Message));
        }
    }
}
