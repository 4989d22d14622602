using System.Collections.Concurrent;
using AngleSharp.Html.Parser;

namespace PerformancePlan.Generator.Pipeline.Validation;

/// <summary>
/// Reads one page with AngleSharp and checks what can be checked on the page alone: a <c>lang</c>,
/// a title, a description, one <c>&lt;main&gt;</c>, exactly one <c>&lt;h1&gt;</c>, ids used once and
/// links with an address. Returns the page's <see cref="PageFacts"/> for the site-wide checks.
/// </summary>
internal static class PageFactsReader
{
    /// <summary>HtmlParser keeps no state between documents, so one per thread is reused rather than configured per page.</summary>
    private static readonly ThreadLocal<HtmlParser> Parsers = new(() => new HtmlParser(new HtmlParserOptions { DisableElementPositionTracking = true }));

    public static PageFacts Read(string file, string html, Uri? baseUrl, ConcurrentBag<SiteProblem> problems)
    {
        var document = Parsers.Value!.ParseDocument(html);
        if (string.IsNullOrWhiteSpace(document.DocumentElement.GetAttribute("lang")))
        {
            problems.Add(new(file, "the <html> element has no lang attribute"));
        }

        var title = document.Title?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            problems.Add(new(file, "the page has no <title>"));
        }

        int mains = 0, h1s = 0;
        var description = false;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var alternates = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in document.All)
        {
            if (element.GetAttribute("id") is { Length: > 0 } id && !ids.Add(id))
            {
                problems.Add(new(file, "the id is used twice", "#" + id));
            }

            string? link = null;
            switch (element.LocalName)
            {
                case "main":
                    mains++;
                    break;
                case "h1":
                    h1s++;
                    break;
                case "meta":
                    description |= element.GetAttribute("name") == "description" && !string.IsNullOrWhiteSpace(element.GetAttribute("content"));
                    break;
                case "a":
                    link = element.GetAttribute("href");
                    if (link is null)
                    {
                        problems.Add(new(file, "a link has no href", element.TextContent.Trim()));
                    }

                    break;
                case "link":
                    link = element.GetAttribute("href");
                    if (element.GetAttribute("hreflang") is { } hreflang)
                    {
                        alternates[hreflang] = link ?? string.Empty;
                        link = null;
                    }

                    break;
                case "script":
                case "img":
                    link = element.GetAttribute("src");
                    break;
            }

            if (link is not null && seen.Add(link) && LinkResolver.TryResolve(file, link, baseUrl, out _, out _))
            {
                links.Add(link);
            }
        }

        if (!description)
        {
            problems.Add(new(file, "the page has no meta description"));
        }

        if (mains != 1)
        {
            problems.Add(new(file, $"the page has {mains} <main> elements instead of one"));
        }

        if (h1s != 1)
        {
            problems.Add(new(file, $"the page has {h1s} <h1> elements instead of exactly one"));
        }

        return new PageFacts(title, ids, links, alternates);
    }
}
