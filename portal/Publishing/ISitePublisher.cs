namespace PerformancePlan.Portal.Publishing;

/// <summary>What a build produced, and how much of it was new (the rest was reused from the current release).</summary>
public sealed record SiteBuildSummary(int Pages, int Files, long Bytes, TimeSpan Elapsed)
{
    public int PagesWritten { get; init; } = Pages;

    public int FilesWritten { get; init; } = Files;

    public long BytesWritten { get; init; } = Bytes;
}

/// <summary>
/// Builds the static site from the database into a directory that does not exist yet, starting
/// from the release currently served (unchanged files are shared with it, never modified). The
/// directory appears only once the build has validated; a failed build leaves nothing behind.
/// </summary>
public interface ISitePublisher
{
    Task<SiteBuildSummary> BuildAsync(string outputDirectory, IProgress<PublishStep>? progress, CancellationToken cancellationToken);
}
