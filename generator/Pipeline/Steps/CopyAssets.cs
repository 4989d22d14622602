using System.Security.Cryptography;
using PerformancePlan.Generator.Site;
using PerformancePlan.Generator.Pipeline;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Copies the files of <c>wwwroot/</c> the site uses into <c>assets/</c> under a content-hashed name
/// (<c>css/site.css</c> → <c>assets/css/site.1a2b3c4d5e.css</c>), so pages can be cached forever
/// and a changed file always gets a new address.
/// </summary>
internal sealed class CopyAssets : IBuildStep
{
    public string Stage => "assets";

    public Task RunAsync(BuildContext context)
    {
        var root = context.Options.ResolvedWebRoot;
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The static assets folder {root} does not exist.");
        }

        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var files = SiteAssets.All;
        foreach (var logical in files)
        {
            var source = Path.Combine(root, logical.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(source))
            {
                throw new FileNotFoundException($"The site's asset {logical} is missing from {root}.", source);
            }

            var bytes = File.ReadAllBytes(source);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var folder = logical.Contains('/') ? logical[..(logical.LastIndexOf('/') + 1)] : string.Empty;
            var name = Path.GetFileNameWithoutExtension(logical);
            var extension = Path.GetExtension(logical);
            var hashed = $"{SitePaths.AssetsFolder}{folder}{name}.{hash}{extension}";
            context.Write(hashed, bytes);
            map[logical] = hashed;
        }

        context.Assets = new AssetMap(map);
        context.Report(Stage, files.Count, files.Count);
        return Task.CompletedTask;
    }
}
