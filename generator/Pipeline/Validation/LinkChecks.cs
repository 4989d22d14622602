using System.Collections.Concurrent;
using PerformancePlan.Core;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Validation;

/// <summary>
/// The checks across pages, run over the facts of every page of the new site (read from the pages
/// that changed, taken from the previous release's record for the rest): links and anchors resolve,
/// hreflang alternates point at each other, and no two pages share a title.
/// </summary>
internal static class LinkChecks
{
    public static void Run(IReadOnlyDictionary<string, PageFacts> pages, Func<string, bool> fileExists, Uri? baseUrl, ConcurrentBag<SiteProblem> problems)
    {
        CheckLinks(pages, fileExists, baseUrl, problems);
        CheckAlternates(pages, problems);
        CheckTitles(pages, problems);
    }

    private static void CheckLinks(IReadOnlyDictionary<string, PageFacts> pages, Func<string, bool> fileExists, Uri? baseUrl, ConcurrentBag<SiteProblem> problems)
    {
        foreach (var (file, page) in pages)
        {
            foreach (var link in page.Links)
            {
                if (!LinkResolver.TryResolve(file, link, baseUrl, out var target, out var fragment))
                {
                    continue;
                }

                if (!fileExists(target))
                {
                    problems.Add(new(file, "the link does not resolve to a file of the site", link));
                }
                else if (fragment.Length > 0 && pages.TryGetValue(target, out var targetPage) && !targetPage.Ids.Contains(fragment))
                {
                    problems.Add(new(file, "the link's anchor does not exist on its page", link));
                }
            }
        }
    }

    private static void CheckAlternates(IReadOnlyDictionary<string, PageFacts> pages, ConcurrentBag<SiteProblem> problems)
    {
        foreach (var (file, page) in pages)
        {
            var language = LanguageExtensions.All.Cast<Language?>().FirstOrDefault(l => file.StartsWith(l!.Value.Segment() + "/", StringComparison.Ordinal));
            if (language is not { } own)
            {
                continue;
            }

            var self = LinkResolver.PagePath(file);
            foreach (var tag in new[] { Language.ZhTw.Tag(), Language.En.Tag(), "x-default" })
            {
                if (!page.Alternates.ContainsKey(tag))
                {
                    problems.Add(new(file, $"the page has no hreflang alternate for {tag}"));
                }
            }

            if (page.Alternates.TryGetValue(own.Tag(), out var selfHref) && LinkResolver.SitePathOf(selfHref) != self)
            {
                problems.Add(new(file, $"the hreflang {own.Tag()} alternate does not point at the page itself", selfHref));
            }

            var other = own.Other();
            if (!page.Alternates.TryGetValue(other.Tag(), out var otherHref))
            {
                continue;
            }

            var otherFile = SitePaths.FileOf(LinkResolver.SitePathOf(otherHref));
            if (!pages.TryGetValue(otherFile, out var otherPage))
            {
                problems.Add(new(file, $"the hreflang {other.Tag()} alternate is not a page of the site", otherHref));
            }
            else if (!otherPage.Alternates.TryGetValue(own.Tag(), out var back) || LinkResolver.SitePathOf(back) != self)
            {
                problems.Add(new(file, $"the {other.Tag()} page does not point back with hreflang {own.Tag()}", otherHref));
            }
        }
    }

    private static void CheckTitles(IReadOnlyDictionary<string, PageFacts> pages, ConcurrentBag<SiteProblem> problems)
    {
        foreach (var group in pages.GroupBy(f => f.Value.Title).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            foreach (var (file, _) in group)
            {
                problems.Add(new(file, $"the title \"{group.Key}\" is used by {group.Count()} pages"));
            }
        }
    }
}
