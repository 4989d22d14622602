namespace PerformancePlan.Portal.Publishing;

/// <summary>What a build produced.</summary>
public sealed record SiteBuildSummary(int Pages, int Files, long Bytes, TimeSpan Elapsed);

/// <summary>
/// Builds the static site from the database into a directory that does not exist yet. The
/// directory appears only once the build has validated; a failed build leaves nothing behind.
/// </summary>
public interface ISitePublisher
{
    Task<SiteBuildSummary> BuildAsync(string outputDirectory, IProgress<string>? progress, CancellationToken cancellationToken);
}
