using PerformancePlan.Core;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Generator.Pipeline;

/// <summary>What to build from, and where to.</summary>
public sealed record SiteBuildOptions
{
    /// <summary>The database every plan is read from.</summary>
    public required PlanDatabase Database { get; init; }

    /// <summary>
    /// The folder the site ends up in. The build happens in a sibling folder
    /// (<c>&lt;name&gt;.staging/</c>) and replaces this one only once it validates.
    /// </summary>
    public required string OutputDirectory { get; init; }

    /// <summary>
    /// The release this build starts from: files whose bytes it already holds are linked from it
    /// rather than written, and plans whose inputs are unchanged are not rendered again. Null for
    /// the output folder itself (the site the build replaces) when it holds a release.
    /// </summary>
    public string? PreviousRelease { get; init; }

    /// <summary>
    /// Where the plans are read from: a cache of <see cref="Database"/> the caller keeps between
    /// builds (the portal has one), so a publish after no change reads nothing again; null reads
    /// every plan from <see cref="Database"/>.
    /// </summary>
    public Core.Plans.PlanCache? Plans { get; init; }

    /// <summary>The static assets (CSS, JS, icons); null for the repository's <c>wwwroot/</c>.</summary>
    public string? WebRootDirectory { get; init; }

    /// <summary>The public address of the site (for sitemap, canonical and hreflang links); null writes them from the site root (<c>/zh-tw/…</c>).</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>
    /// The date statuses and overdue flags are judged as of; null for today (in Taiwan). It is the
    /// only input that does not come from the database: two builds with the same as-of date are byte-identical.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>True when the publisher has seen and acknowledged the checks' warnings; errors stop a build regardless.</summary>
    public bool AcceptWarnings { get; init; }

    /// <summary>How many pages render at once; defaults to the number of processors.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    internal DateOnly ResolvedAsOf => AsOf ?? Core.Figures.AsOfDate.Today();

    internal string ResolvedWebRoot => Path.GetFullPath(WebRootDirectory ?? RepositoryPaths.WebRoot);
}
