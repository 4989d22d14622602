namespace PerformancePlan.Generator.Deploy;

/// <summary>The Content-Type and Cache-Control a site file is served with from the object store.</summary>
public static class ContentHeaders
{
    /// <summary>Fingerprinted assets never change at their address; pages and data change with each publish.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    public const string Short = "public, max-age=300";

    private static readonly Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider Types = Hosting.StaticSiteHost.ContentTypes();

    /// <summary>The type the site's own host serves the file with (one map for both, see <see cref="Hosting.StaticSiteHost.ContentTypes"/>).</summary>
    public static string ContentType(string path) =>
        Types.TryGetContentType(path, out var type) ? type : "application/octet-stream";

    public static string CacheControl(string path) =>
        path.StartsWith(Site.SitePaths.AssetsFolder, StringComparison.Ordinal) ? Immutable : Short;
}
