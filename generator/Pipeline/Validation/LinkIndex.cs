using System.Collections.Concurrent;

namespace PerformancePlan.Generator.Pipeline.Validation;

/// <summary>
/// The link graph of a validated release, the other way round: for each site file, the pages that
/// link to it; for each title, the pages that carry it. Made while <see cref="LinkChecks"/> checks a
/// whole site, and kept in memory with the release's <see cref="Releases.BuildManifest"/>, so the
/// next build in the same process checks only links from the pages that changed and links into the
/// files that changed or went (<see cref="LinkChecks.RunChanged"/>), and updates it for the release
/// it makes. One build at a time owns it (<see cref="Releases.BuildManifest.TakeLinks"/>).
/// </summary>
internal sealed class LinkIndex
{
    private readonly Dictionary<string, HashSet<string>> inbound = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> titles = new(StringComparer.Ordinal);

    /// <summary>The targets and anchors resolved so far, each kept once (<see cref="LinkResolver.TryResolve"/>); pages may be resolved on several threads.</summary>
    private readonly ConcurrentDictionary<string, string> known = new(StringComparer.Ordinal);

    /// <summary>The public address the links were resolved with.</summary>
    public required Uri? BaseUrl { get; init; }

    /// <summary>The pages that link to <paramref name="target"/> (a site file), with or without an anchor.</summary>
    public IReadOnlyCollection<string> SourcesOf(string target) => inbound.TryGetValue(target, out var sources) ? sources : [];

    /// <summary>The pages whose title is <paramref name="title"/>.</summary>
    public IReadOnlyCollection<string> WithTitle(string title) => titles.TryGetValue(title, out var pages) ? pages : [];

    /// <summary>Adds the page, whose links stay on the site as <paramref name="links"/> (<see cref="Resolve"/>).</summary>
    public void Add(string file, PageFacts page, IEnumerable<ResolvedLink> links)
    {
        foreach (var target in links.Select(l => l.Target).Distinct(StringComparer.Ordinal))
        {
            if (!inbound.TryGetValue(target, out var sources))
            {
                inbound[target] = sources = new HashSet<string>(StringComparer.Ordinal);
            }

            sources.Add(file);
        }

        if (!titles.TryGetValue(page.Title, out var same))
        {
            titles[page.Title] = same = new HashSet<string>(StringComparer.Ordinal);
        }

        same.Add(file);
    }

    public void Remove(string file, PageFacts page)
    {
        foreach (var target in Resolve(file, page).Select(l => l.Target).Distinct(StringComparer.Ordinal))
        {
            if (inbound.TryGetValue(target, out var sources) && sources.Remove(file) && sources.Count == 0)
            {
                inbound.Remove(target);
            }
        }

        if (titles.TryGetValue(page.Title, out var same) && same.Remove(file) && same.Count == 0)
        {
            titles.Remove(page.Title);
        }
    }

    /// <summary>Every link of <paramref name="page"/> that stays on the site, resolved.</summary>
    public IEnumerable<ResolvedLink> Resolve(string file, PageFacts page)
    {
        foreach (var link in page.Links)
        {
            if (LinkResolver.TryResolve(file, link, BaseUrl, out var target, out var fragment, known))
            {
                yield return new ResolvedLink(link, target, fragment);
            }
        }
    }
}
