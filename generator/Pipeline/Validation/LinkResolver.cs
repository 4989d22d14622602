using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Validation;

/// <summary>
/// Turns a link written on a page into the site file it reaches: the one place that knows how
/// relative, root and absolute addresses map onto the files of a built site.
/// </summary>
internal static class LinkResolver
{
    private static readonly Uri SiteRoot = new("https://site.invalid/");

    /// <summary>
    /// Resolves <paramref name="link"/>, written on the page <paramref name="file"/>, to the site file
    /// it reaches and the anchor it names (empty for none); false for links that leave the site
    /// (another scheme or host). The generator writes plain relative and root paths, so they are
    /// resolved by segments; anything else goes through <see cref="Uri"/>. Links under
    /// <paramref name="baseUrl"/> are links into the site.
    /// </summary>
    public static bool TryResolve(string file, string link, Uri? baseUrl, out string target, out string fragment)
    {
        if (baseUrl is not null && link.StartsWith(baseUrl.AbsoluteUri, StringComparison.Ordinal))
        {
            link = "/" + link[baseUrl.AbsoluteUri.Length..];
        }

        var hash = link.IndexOf('#', StringComparison.Ordinal);
        fragment = hash < 0 ? string.Empty : Uri.UnescapeDataString(link[(hash + 1)..]);
        var path = hash < 0 ? link : link[..hash];
        if (path.Length == 0)
        {
            target = file;
            return true;
        }

        if (path.Contains(':', StringComparison.Ordinal) || path.StartsWith("//", StringComparison.Ordinal) || path.Contains('?', StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(new Uri(SiteRoot, file), link, out var resolved) || resolved.Host != SiteRoot.Host || resolved.Scheme != SiteRoot.Scheme)
            {
                target = string.Empty;
                return false;
            }

            target = SitePaths.FileOf(Uri.UnescapeDataString(resolved.AbsolutePath.TrimStart('/')));
            return true;
        }

        var segments = new List<string>(path.StartsWith('/') ? [] : SitePaths.FolderOf(file).Split('/', StringSplitOptions.RemoveEmptyEntries));
        var parts = path.TrimStart('/').Split('/');
        foreach (var part in parts)
        {
            if (part == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (part != "." && part.Length > 0)
            {
                segments.Add(Uri.UnescapeDataString(part));
            }
        }

        var joined = string.Join('/', segments);
        var isFolder = path.EndsWith('/') || parts[^1] is "." or "..";
        target = isFolder ? SitePaths.FileOf(joined.Length == 0 ? string.Empty : joined + "/") : joined;
        return true;
    }

    /// <summary>The site path an hreflang, sitemap or canonical address names (<c>https://x/zh-tw/</c> and <c>/zh-tw/</c> both name <c>zh-tw/</c>).</summary>
    public static string SitePathOf(string href)
    {
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return Uri.UnescapeDataString(absolute.AbsolutePath.TrimStart('/'));
        }

        return href.TrimStart('/');
    }

    /// <summary>The address of the page a file serves: <c>zh-tw/index.html</c> is <c>zh-tw/</c>.</summary>
    public static string PagePath(string file) =>
        file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
}
