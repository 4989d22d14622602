namespace PerformancePlan.Generator.Pipeline;

/// <summary>
/// What a successful build made: the site's HTML pages, all its files (pages included) and their
/// bytes, how long it took, and what the build itself did: pages rendered, page files written
/// (the rest were reused from the previous release), files validated and bytes written.
/// </summary>
public sealed record BuildResult(int Pages, int Files, long Bytes, TimeSpan Elapsed)
{
    public int PagesRendered { get; init; }

    public int PagesWritten { get; init; }

    public int PagesReused => Pages - PagesWritten;

    public int FilesWritten { get; init; }

    public int FilesValidated { get; init; }

    public long BytesWritten { get; init; }
}
