using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using PerformancePlan.Core;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Deploy;

/// <summary>
/// What a deploy does, in the order that never lets a reader reach a missing file: files the
/// target does not have yet (fingerprinted assets and data first, then pages), then files whose
/// content changed, then the indexes that lead readers in (root, language homes, sitemap, robots,
/// feeds), and only then the deletion of files the new release no longer has. A new file is
/// reachable only through a changed file or an index, which come after it; a file is deleted
/// only once nothing uploaded links to it. Files whose MD5 equals the target's are left alone.
/// </summary>
public sealed record DeployPlan(IReadOnlyList<UploadFile> Uploads, IReadOnlyList<string> Deletions, int Unchanged)
{
    public static DeployPlan For(string siteDirectory, IReadOnlyList<RemoteFile> remote)
    {
        var root = Path.GetFullPath(siteDirectory);
        var there = remote.ToDictionary(r => r.Path, r => r.ContentMd5, StringComparer.Ordinal);
        var local = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => !p.Split('/').Any(s => s.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
        var uploads = new List<(int Wave, UploadFile File)>();
        var unchanged = 0;
        foreach (var path in local)
        {
            var md5 = Md5(Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar)));
            var exists = there.TryGetValue(path, out var remoteMd5);
            if (exists && remoteMd5 is not null && remoteMd5.AsSpan().SequenceEqual(md5))
            {
                unchanged++;
                continue;
            }

            var wave = IsIndex(path) ? 3 : exists ? 2 : path.StartsWith(SitePaths.AssetsFolder, StringComparison.Ordinal) || path.StartsWith("data/", StringComparison.Ordinal) ? 0 : 1;
            uploads.Add((wave, new UploadFile(path, Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar)), md5, ContentHeaders.ContentType(path), ContentHeaders.CacheControl(path))));
        }

        var keep = local.ToHashSet(StringComparer.Ordinal);
        var deletions = remote.Select(r => r.Path).Where(p => !keep.Contains(p)).Order(StringComparer.Ordinal).ToList();
        return new DeployPlan(uploads.OrderBy(u => u.Wave).ThenBy(u => u.File.Path, StringComparer.Ordinal).Select(u => u.File).ToList(), deletions, unchanged);
    }

    /// <summary>The files readers enter by: they go last, once everything they lead to is in place.</summary>
    public static bool IsIndex(string path) =>
        path is SitePaths.Root + "index.html" or SitePaths.Sitemap or SitePaths.Robots
        || LanguageExtensions.All.Any(l => path == SitePaths.FileOf(SitePaths.LanguageHome(l)))
        || path.EndsWith("/feed.xml", StringComparison.Ordinal);

    /// <summary>The digest the store keeps as Content-MD5, which is how it tells what changed.</summary>
    [SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "Content-MD5 is the object store's integrity and change header, not a security measure.")]
    private static byte[] Md5(string file)
    {
        using var stream = File.OpenRead(file);
        return MD5.HashData(stream);
    }
}
