namespace PerformancePlan.Generator.Deploy;

/// <summary>The Content-Type and Cache-Control a site file is served with from the object store.</summary>
public static class ContentHeaders
{
    /// <summary>Fingerprinted assets never change at their address; pages and data change with each publish.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    public const string Short = "public, max-age=300";

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".atom"] = "application/atom+xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml; charset=utf-8",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".webp"] = "image/webp",
        [".woff2"] = "font/woff2",
        [".zip"] = "application/zip",
    };

    public static string ContentType(string path) =>
        Types.TryGetValue(Path.GetExtension(path), out var type) ? type : "application/octet-stream";

    public static string CacheControl(string path) =>
        path.StartsWith(Site.SitePaths.AssetsFolder, StringComparison.Ordinal) ? Immutable : Short;
}
