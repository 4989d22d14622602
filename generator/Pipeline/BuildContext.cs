using System.Collections.Concurrent;
using System.Diagnostics;
using PerformancePlan.Core.Plans;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline;

/// <summary>The state the steps of one build share: the options, the folder being written, what was loaded and what was written.</summary>
internal sealed class BuildContext(SiteBuildOptions options, string stagingDirectory, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
{
    private readonly ConcurrentDictionary<string, long> written = new(StringComparer.Ordinal);
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public SiteBuildOptions Options { get; } = options;

    /// <summary>The new site's folder, beside the output; it becomes the output only after validation.</summary>
    public string StagingDirectory { get; } = stagingDirectory;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public IReadOnlyList<PlanSnapshot> Plans { get; set; } = [];

    public SiteInfo Site { get; set; } = new([], new Dictionary<(string, string), string>(), null, default);

    public AssetMap Assets { get; set; } = AssetMap.Empty;

    /// <summary>Every page of the site, in a stable order.</summary>
    public IReadOnlyList<PageSpec> Pages { get; set; } = [];

    public TimeSpan Elapsed => clock.Elapsed;

    /// <summary>Site paths written so far, with their sizes.</summary>
    public IReadOnlyDictionary<string, long> Written => written;

    public void Report(string stage, int done, int total) => progress?.Report(new BuildProgress(stage, done, total, clock.Elapsed));

    /// <summary>Writes a file of the new site at <paramref name="sitePath"/> (forward slashes, relative to the site root).</summary>
    public void Write(string sitePath, ReadOnlySpan<byte> bytes)
    {
        var full = FullPath(sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using (var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
        {
            file.Write(bytes);
        }

        if (!written.TryAdd(sitePath, bytes.Length))
        {
            throw new InvalidOperationException($"Two steps wrote {sitePath}.");
        }
    }

    public string FullPath(string sitePath) => Path.Combine(StagingDirectory, sitePath.Replace('/', Path.DirectorySeparatorChar));
}
