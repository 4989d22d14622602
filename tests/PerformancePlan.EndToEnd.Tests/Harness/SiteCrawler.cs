namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>
/// Follows every link of the site from the root in the browser: pages are opened as a visitor opens
/// them (so scripts run and assets load), other files are fetched, and every same-site link,
/// asset and fragment is checked to resolve.
/// </summary>
public static class SiteCrawler
{
    public sealed record Result(
        IReadOnlySet<string> Pages,
        IReadOnlySet<string> Files,
        IReadOnlyList<string> Broken,
        IReadOnlyList<string> MissingCharset);

    private sealed record Reference(string FromPage, string Href, string Path, string? Fragment, bool IsAsset);

    public static async Task<Result> CrawlAsync(BrowserSession session, string baseUrl, int maxPages = 2000)
    {
        var origin = new Uri(baseUrl + "/");
        var pages = new HashSet<string>(StringComparer.Ordinal);
        var files = new HashSet<string>(StringComparer.Ordinal);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var broken = new List<string>();
        var missingCharset = new List<string>();
        var fragments = new List<Reference>();
        var queue = new Queue<Reference>();
        queue.Enqueue(new Reference("(start)", "/", "/", null, false));

        while (queue.Count > 0 && pages.Count < maxPages)
        {
            var reference = queue.Dequeue();
            if (pages.Contains(reference.Path) || files.Contains(reference.Path))
            {
                continue;
            }

            if (!IsPage(reference.Path))
            {
                files.Add(reference.Path);
                var fetched = await session.Context.APIRequest.GetAsync(new Uri(origin, reference.Path).ToString());
                if (fetched.Status != 200)
                {
                    broken.Add($"{reference.FromPage} → {reference.Href}: HTTP {fetched.Status}");
                }

                continue;
            }

            pages.Add(reference.Path);
            var response = await session.Page.GotoAsync(new Uri(origin, reference.Path).ToString());
            if (response is null || response.Status != 200)
            {
                broken.Add($"{reference.FromPage} → {reference.Href}: HTTP {response?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response"}");
                continue;
            }

            var charset = await session.Page.EvaluateAsync<string?>("() => document.querySelector('head > meta[charset]')?.getAttribute('charset')");
            if (!string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase))
            {
                missingCharset.Add(reference.Path);
            }

            ids[reference.Path] = (await session.Page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('[id], a[name]')].map(e => e.id || e.getAttribute('name'))")).ToHashSet(StringComparer.Ordinal);
            var found = await session.Page.EvaluateAsync<string[][]>(
                """
                () => [
                  ...[...document.querySelectorAll('a[href], area[href]')].map(e => ['link', e.getAttribute('href')]),
                  ...[...document.querySelectorAll('link[href]')].filter(e => !['alternate', 'canonical'].includes(e.rel)).map(e => ['asset', e.getAttribute('href')]),
                  ...[...document.querySelectorAll('link[rel=alternate][type]')].map(e => ['asset', e.getAttribute('href')]),
                  ...[...document.querySelectorAll('script[src], img[src], source[src]')].map(e => ['asset', e.getAttribute('src')]),
                ]
                """);
            foreach (var item in found)
            {
                var href = item[1];
                if (href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith("tel:", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = new Uri(new Uri(session.Page.Url), href);
                if (target.Scheme is not ("http" or "https") || !string.Equals(target.Authority, origin.Authority, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var path = target.AbsolutePath;
                var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : null;
                var next = new Reference(reference.Path, href, path, fragment, item[0] == "asset");
                if (fragment is not null)
                {
                    fragments.Add(next);
                }

                queue.Enqueue(next);
            }
        }

        foreach (var reference in fragments)
        {
            if (ids.TryGetValue(reference.Path, out var targets) && !targets.Contains(reference.Fragment!))
            {
                broken.Add($"{reference.FromPage} → {reference.Href}: no element with id '{reference.Fragment}'");
            }
        }

        return new Result(pages, files, broken, missingCharset);
    }

    /// <summary>Directory addresses and .html files are pages; everything else (CSV, XML, JSON, CSS, images) is a file.</summary>
    private static bool IsPage(string path) => path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal);
}
