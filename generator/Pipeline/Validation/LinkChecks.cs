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
    /// <summary>Checks the whole site; returns the link graph it walked, for the next build to check only what changes (<see cref="RunChanged"/>).</summary>
    public static LinkIndex Run(IReadOnlyDictionary<string, PageFacts> pages, Func<string, bool> fileExists, Uri? baseUrl, ConcurrentBag<SiteProblem> problems)
    {
        var index = new LinkIndex { BaseUrl = baseUrl };
        var all = pages.ToArray();

        // Resolving and checking a page's links reads only what every page shares: the pages run on all cores.
        var resolved = new ResolvedLink[all.Length][];
        Parallel.For(0, all.Length, i =>
        {
            var (file, page) = all[i];
            resolved[i] = [.. index.Resolve(file, page)];
            CheckLinks(file, resolved[i], pages, fileExists, problems);
        });

        // The graph is made on one thread while the alternates and titles, which only read the pages, are checked on another.
        Parallel.Invoke(
            () =>
            {
                for (var i = 0; i < all.Length; i++)
                {
                    index.Add(all[i].Key, all[i].Value, resolved[i]);
                }
            },
            () =>
            {
                CheckAlternates(pages, pages, problems);
                CheckTitles(pages, problems);
            });
        return index;
    }

    /// <summary>
    /// The same checks for a site that differs from a validated release only in the pages
    /// <paramref name="changed"/> (whose facts were read in this build: new or rewritten) and the
    /// files <paramref name="removed"/>: every link from a changed page; links from the other pages
    /// into a changed page or a removed file (found through <paramref name="index"/>, the previous
    /// release's link graph, which this updates to the new site's); the hreflang alternates of the
    /// changed pages and of the pages they name or named; and the titles of the changed pages.
    /// Whatever else the checks look at is as it was in the previous release, which passed them.
    /// </summary>
    public static void RunChanged(
        IReadOnlyDictionary<string, PageFacts> pages,
        IReadOnlyDictionary<string, PageFacts> previousPages,
        IReadOnlySet<string> changed,
        IReadOnlyCollection<string> removed,
        Func<string, bool> fileExists,
        LinkIndex index,
        ConcurrentBag<SiteProblem> problems)
    {
        foreach (var file in changed.Concat(removed))
        {
            if (previousPages.TryGetValue(file, out var before))
            {
                index.Remove(file, before);
            }
        }

        foreach (var file in changed)
        {
            var links = index.Resolve(file, pages[file]).ToList();
            CheckLinks(file, links, pages, fileExists, problems);
            index.Add(file, pages[file], links);
        }

        foreach (var target in changed.Concat(removed))
        {
            foreach (var source in index.SourcesOf(target).Where(s => !changed.Contains(s)))
            {
                CheckLinks(source, index.Resolve(source, pages[source]).Where(l => l.Target == target).ToList(), pages, fileExists, problems);
            }
        }

        var alternates = new SortedSet<string>(changed, StringComparer.Ordinal);
        foreach (var file in changed.Concat(removed))
        {
            foreach (var facts in new[] { previousPages.GetValueOrDefault(file), pages.GetValueOrDefault(file) }.OfType<PageFacts>())
            {
                alternates.UnionWith(facts.Alternates.Values.Select(href => SitePaths.FileOf(LinkResolver.SitePathOf(href))).Where(pages.ContainsKey));
            }
        }

        CheckAlternates(alternates.Select(f => KeyValuePair.Create(f, pages[f])), pages, problems);

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in changed)
        {
            var title = pages[file].Title;
            var same = index.WithTitle(title);
            if (title.Length > 0 && same.Count > 1 && reported.Add(title))
            {
                foreach (var page in same)
                {
                    problems.Add(new(page, $"the title \"{title}\" is used by {same.Count} pages"));
                }
            }
        }
    }

    private static void CheckLinks(string file, IReadOnlyList<ResolvedLink> links, IReadOnlyDictionary<string, PageFacts> pages, Func<string, bool> fileExists, ConcurrentBag<SiteProblem> problems)
    {
        foreach (var (link, target, fragment) in links)
        {
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

    private static void CheckAlternates(IEnumerable<KeyValuePair<string, PageFacts>> toCheck, IReadOnlyDictionary<string, PageFacts> pages, ConcurrentBag<SiteProblem> problems)
    {
        foreach (var (file, page) in toCheck)
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
