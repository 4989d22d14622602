using System.Buffers;
using System.Collections.Concurrent;
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
    /// <paramref name="baseUrl"/> are links into the site. A target or anchor equal to one in
    /// <paramref name="known"/> (what was resolved before) is given as that string, not a new one: a
    /// site's pages link to the same addresses over and over.
    /// </summary>
    public static bool TryResolve(string file, string link, Uri? baseUrl, out string target, out string fragment, ConcurrentDictionary<string, string>? known = null)
    {
        if (baseUrl is not null && link.StartsWith(baseUrl.AbsoluteUri, StringComparison.Ordinal))
        {
            link = "/" + link[baseUrl.AbsoluteUri.Length..];
        }

        var hash = link.IndexOf('#', StringComparison.Ordinal);
        fragment = hash < 0 ? string.Empty : link.AsSpan(hash + 1).Contains('%') ? Uri.UnescapeDataString(link.AsSpan(hash + 1)) : SharedStrings.Of(known, link.AsSpan(hash + 1));
        var path = hash < 0 ? link.AsSpan() : link.AsSpan(0, hash);
        if (path.Length == 0)
        {
            target = file;
            return true;
        }

        if (LeavesPlainPaths(path))
        {
            if (!Uri.TryCreate(new Uri(SiteRoot, file), link, out var resolved) || resolved.Host != SiteRoot.Host || resolved.Scheme != SiteRoot.Scheme)
            {
                target = string.Empty;
                return false;
            }

            target = SitePaths.FileOf(Uri.UnescapeDataString(resolved.AbsolutePath.TrimStart('/')));
            return true;
        }

        target = Walk(file, path, known);
        return true;
    }

    /// <summary>
    /// True when <paramref name="link"/>, written on a page, is a link into the site (as <see cref="TryResolve"/>
    /// would resolve it), without working out its target: plain relative and root paths always are.
    /// </summary>
    public static bool IsSiteLink(string file, string link, Uri? baseUrl)
    {
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        return !LeavesPlainPaths(hash < 0 ? link : link.AsSpan(0, hash)) || TryResolve(file, link, baseUrl, out _, out _);
    }

    private static bool LeavesPlainPaths(ReadOnlySpan<char> path) => path.IndexOfAny(':', '?') >= 0 || path.StartsWith("//");

    /// <summary>
    /// The file a plain path reaches from <paramref name="file"/>: its folder's segments (none for a
    /// root path), then each of the path's segments, <c>..</c> going up one and <c>.</c> staying;
    /// a path ending in a folder reaches that folder's <c>index.html</c>. Segments are
    /// percent-decoded. Built in one buffer, segment by segment, each followed by a slash: the
    /// folder's length, plus each of the path's segments (never longer decoded) and its slash.
    /// </summary>
    private static string Walk(string file, ReadOnlySpan<char> path, ConcurrentDictionary<string, string>? known)
    {
        // The page's folder as SitePaths.FolderOf gives it, without a string per link.
        var folder = path.StartsWith('/') ? ReadOnlySpan<char>.Empty : file.AsSpan(0, file.EndsWith('/') ? file.Length : file.LastIndexOf('/') + 1);
        var rented = ArrayPool<char>.Shared.Rent(folder.Length + (path.Length * 2) + 2 + IndexFile.Length);
        try
        {
            var buffer = rented.AsSpan();
            var length = 0;
            foreach (var range in folder.Split('/'))
            {
                if (!folder[range].IsEmpty)
                {
                    folder[range].CopyTo(buffer[length..]);
                    length += folder[range].Length;
                    buffer[length++] = '/';
                }
            }

            var rest = path.TrimStart('/');
            var last = ReadOnlySpan<char>.Empty;
            foreach (var range in rest.Split('/'))
            {
                var part = rest[range];
                last = part;
                if (part.SequenceEqual(".."))
                {
                    // Up one: back to just after the slash before the last segment.
                    length = length == 0 ? 0 : buffer[..(length - 1)].LastIndexOf('/') + 1;
                }
                else if (part.Length > 0 && !part.SequenceEqual("."))
                {
                    if (part.Contains('%'))
                    {
                        var decoded = Uri.UnescapeDataString(part);
                        decoded.CopyTo(buffer[length..]);
                        length += decoded.Length;
                    }
                    else
                    {
                        part.CopyTo(buffer[length..]);
                        length += part.Length;
                    }

                    buffer[length++] = '/';
                }
            }

            var isFolder = path.EndsWith('/') || last.SequenceEqual(".") || last.SequenceEqual("..");
            if (isFolder)
            {
                IndexFile.CopyTo(buffer[length..]);
                return SharedStrings.Of(known, buffer[..(length + IndexFile.Length)]);
            }

            return length == 0 ? string.Empty : SharedStrings.Of(known, buffer[..(length - 1)]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private const string IndexFile = "index.html";

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
