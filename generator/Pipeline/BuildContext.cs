using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using PerformancePlan.Core.Checks;
using PerformancePlan.Core.Plans;
using PerformancePlan.Generator.Pipeline.Releases;
using PerformancePlan.Generator.Pipeline.Validation;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline;

/// <summary>
/// The state the steps of one build share: the options, the folder being written, the previous
/// release (to reuse what has not changed), what was loaded and every file the new site holds.
/// </summary>
internal sealed class BuildContext(SiteBuildOptions options, string stagingDirectory, PreviousRelease? previous, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
{
    private readonly ConcurrentDictionary<string, SiteFile> files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageFacts> readPages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> factStrings = new(StringComparer.Ordinal);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private long bytesWritten;
    private int pagesRendered;

    public SiteBuildOptions Options { get; } = options;

    /// <summary>The new site's folder, beside the output; it becomes the output only after validation.</summary>
    public string StagingDirectory { get; } = stagingDirectory;

    /// <summary>The release the new one starts from, or null for a build from nothing.</summary>
    public PreviousRelease? Previous { get; } = previous;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public IReadOnlyList<PlanSnapshot> Plans { get; set; } = [];

    /// <summary>Each plan's input key by slug (<see cref="PlanInputs"/>).</summary>
    public IReadOnlyDictionary<string, string> PlanKeys { get; set; } = new Dictionary<string, string>();

    public SiteInfo Site { get; set; } = new([], new Dictionary<(string, string), string>(), null, default);

    public AssetMap Assets { get; set; } = AssetMap.Empty;

    /// <summary>Every page of the site, in a stable order.</summary>
    public IReadOnlyList<PageSpec> Pages { get; set; } = [];

    /// <summary>Every page's facts, set by validation and recorded with the release.</summary>
    public IReadOnlyDictionary<string, PageFacts> PageFacts { get; set; } = new Dictionary<string, PageFacts>();

    /// <summary>The new site's link graph, made or updated by validation, kept with the release's manifest for the next build.</summary>
    public LinkIndex? Links { get; set; }

    /// <summary>How many files validation read (the rest were checked through the previous release's record).</summary>
    public int FilesValidated { get; set; }

    /// <summary>The facts of every page written with <see cref="WritePage"/>, read from the characters rendered: validation does not read these pages back.</summary>
    public IReadOnlyDictionary<string, PageFacts> ReadPages => readPages;

    /// <summary>
    /// What was found wrong with files as they were made: the pages in <see cref="ReadPages"/>
    /// (<see cref="PageFactsReader"/>) and the feeds and open data read back by
    /// <see cref="Steps.CheckWrittenData"/>. Validation fails the build on any.
    /// </summary>
    public ConcurrentBag<SiteProblem> EarlyProblems { get; } = [];

    /// <summary>The feeds and open-data files <see cref="Steps.CheckWrittenData"/> read back; validation counts them with its own.</summary>
    public int DataFilesChecked { get; set; }

    /// <summary>The pages' folders being made beside the steps that follow <see cref="Steps.CreateFolders"/>; awaited before the site is validated.</summary>
    public Task FoldersCreated { get; set; } = Task.CompletedTask;

    public TimeSpan Elapsed => clock.Elapsed;

    /// <summary>Every file of the new site so far, by site path.</summary>
    public IReadOnlyDictionary<string, SiteFile> Files => files;

    public long BytesWritten => Interlocked.Read(ref bytesWritten);

    public int PagesRendered => Volatile.Read(ref pagesRendered);

    public void Report(string stage, int done, int total) => progress?.Report(new BuildProgress(stage, done, total, clock.Elapsed));

    /// <summary>Reports a plan's translation coverage as the plans are checked.</summary>
    public void ReportTranslation(string plan, TranslationCoverage coverage) =>
        progress?.Report(new BuildProgress(BuildProgress.TranslationStage, 1, 1, clock.Elapsed) { Plan = plan, Translation = coverage });

    /// <summary>Reports how many of the plans are unchanged since the previous release.</summary>
    public void ReportUnchanged(int unchanged) =>
        progress?.Report(new BuildProgress(BuildProgress.UnchangedStage, Plans.Count, Plans.Count, clock.Elapsed) { Unchanged = unchanged });

    public void CountRendered() => Interlocked.Increment(ref pagesRendered);

    /// <summary>True when the plan's inputs equal those of the previous release, which the same generator built.</summary>
    public bool IsUnchanged(PlanSnapshot snapshot) =>
        Previous is { } p && p.Manifest.PlanKeys.TryGetValue(snapshot.Plan.Slug, out var key) && PlanKeys.TryGetValue(snapshot.Plan.Slug, out var now) && key == now;

    /// <summary>True when the previous release has the same plans (by slug) as this build, whether changed or not.</summary>
    public bool SamePlans =>
        Previous is { } p && p.Manifest.PlanKeys.Count == PlanKeys.Count && PlanKeys.Keys.All(p.Manifest.PlanKeys.ContainsKey);

    /// <summary>True when the previous release has the same plans as this build, every one with unchanged inputs: what is made from all plans together can be taken from it.</summary>
    public bool AllPlansUnchanged => SamePlans && Plans.All(IsUnchanged);

    /// <summary>
    /// True when the new site is file for file the previous release (every file taken from it
    /// unchanged, none added or removed) and every plan's key is the same: what the previous release
    /// recorded, and the checks it passed, hold for this one as they are.
    /// </summary>
    public bool IsSameAsPrevious() =>
        Previous is { } p
        && files.Count == p.Manifest.Files.Count
        && files.Values.All(f => f.Reused)
        && PlanKeys.Count == p.Manifest.PlanKeys.Count
        && PlanKeys.All(k => p.Manifest.PlanKeys.TryGetValue(k.Key, out var key) && key == k.Value);

    /// <summary>
    /// True when every plan of the agency is unchanged (<see cref="IsUnchanged"/>): its pages across
    /// the years are made from those plans alone. A plan added to or removed from the agency changes
    /// the keys of its other plans, whose keys include their siblings'.
    /// </summary>
    public bool IsAgencyUnchanged(string agencyCode)
    {
        var any = false;
        foreach (var snapshot in Plans)
        {
            if (snapshot.Plan.AgencyCode == agencyCode)
            {
                if (!IsUnchanged(snapshot))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    /// <summary>
    /// Takes the previous release's <paramref name="sitePath"/> when the inputs it is made from are
    /// unchanged (<paramref name="inputsUnchanged"/>) and that release has it; otherwise writes what
    /// <paramref name="make"/> returns (linked from the previous release all the same when the bytes
    /// come out equal, see <see cref="Write"/>).
    /// </summary>
    public void WriteOrReuse(string sitePath, bool inputsUnchanged, Func<byte[]> make)
    {
        if (!(inputsUnchanged && TryReuse(sitePath)))
        {
            Write(sitePath, make());
        }
    }

    /// <summary>
    /// Puts the previous release's <paramref name="sitePath"/> into the new site unread (linked, or
    /// copied); false when it has no such file, and the caller makes the file itself.
    /// </summary>
    public bool TryReuse(string sitePath)
    {
        if (Previous is not { } p || !p.Manifest.Files.TryGetValue(sitePath, out var entry))
        {
            return false;
        }

        try
        {
            if (new FileInfo(p.FullPath(sitePath)) is not { Exists: true } source || source.Length != entry.Size)
            {
                return false;
            }

            Link(p.FullPath(sitePath), sitePath, entry.Size);
        }
        catch (IOException)
        {
            return false;
        }

        Add(sitePath, new SiteFile(entry.Size, entry.Hash, Reused: true));
        return true;
    }

    /// <summary>
    /// Writes a file of the new site at <paramref name="sitePath"/> (forward slashes, relative to the
    /// site root); when the previous release holds the same bytes there, links that file instead.
    /// </summary>
    public void Write(string sitePath, ReadOnlySpan<byte> bytes)
    {
        var hash = FileHash.Of(bytes);
        if (Previous is { } p && p.Manifest.Files.TryGetValue(sitePath, out var entry) && entry.Size == bytes.Length && entry.Hash == hash)
        {
            try
            {
                Link(p.FullPath(sitePath), sitePath, bytes.Length);
                Add(sitePath, new SiteFile(bytes.Length, hash, Reused: true));
                return;
            }
            catch (IOException)
            {
                // The previous file is gone or unreadable: write the bytes instead.
            }
        }

        var full = Prepare(sitePath);
        using (var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
        {
            file.Write(bytes);
        }

        Interlocked.Add(ref bytesWritten, bytes.Length);
        Add(sitePath, new SiteFile(bytes.Length, hash, Reused: false));
    }

    /// <summary>
    /// Writes a page as <see cref="Write"/> does and, when its bytes are new, reads its facts and
    /// page checks from <paramref name="html"/> itself (<see cref="PageFactsReader"/>), on the
    /// rendering thread, so validation does not read it back from disk.
    /// </summary>
    public void WritePage(string sitePath, ReadOnlySpan<char> html)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(html.Length));
        try
        {
            Write(sitePath, buffer.AsSpan(0, Utf8.GetBytes(html, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (!files[sitePath].Reused)
        {
            readPages[sitePath] = ReadPage(sitePath, html);
        }
    }

    /// <summary>The facts and page checks of a page of this build (<see cref="PageFactsReader"/>), its problems added to <see cref="EarlyProblems"/>.</summary>
    public PageFacts ReadPage(string sitePath, ReadOnlySpan<char> html) => PageFactsReader.Read(sitePath, html, Options.BaseUrl, EarlyProblems, factStrings);

    public string FullPath(string sitePath) => Path.Combine(StagingDirectory, sitePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>What the new release records: for the next build to start from.</summary>
    public BuildManifest Manifest() => new(
        PlanInputs.BuildId(Options.BaseUrl),
        PlanKeys,
        files.ToDictionary(f => f.Key, f => new FileEntry(f.Value.Size, f.Value.Hash), StringComparer.Ordinal),
        PageFacts);

    private void Link(string source, string sitePath, long size)
    {
        if (!FileLinks.LinkOrCopy(source, Prepare(sitePath)))
        {
            Interlocked.Add(ref bytesWritten, size);
        }
    }

    private string Prepare(string sitePath)
    {
        var full = FullPath(sitePath);
        CreateFolder(Path.GetDirectoryName(full)!);
        return full;
    }

    /// <summary>Makes the folders of these files of the new site ahead of writing them (see <see cref="Steps.CreateFolders"/>).</summary>
    public void CreateFoldersOf(IEnumerable<string> sitePaths)
    {
        foreach (var sitePath in sitePaths)
        {
            CancellationToken.ThrowIfCancellationRequested();
            CreateFolder(Path.GetDirectoryName(FullPath(sitePath))!);
        }
    }

    private void CreateFolder(string folder)
    {
        if (!folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            folders.TryAdd(folder, 0);
        }
    }

    private void Add(string sitePath, SiteFile file)
    {
        if (!files.TryAdd(sitePath, file))
        {
            throw new InvalidOperationException($"Two steps wrote {sitePath}.");
        }
    }
}

/// <summary>A file of the new site: its size, the hash of its bytes, and whether it was taken unchanged from the previous release.</summary>
internal readonly record struct SiteFile(long Size, string Hash, bool Reused);

/// <summary>The release a build starts from: its folder and what it recorded; only a release the same generator built for the same public address is used.</summary>
internal sealed record PreviousRelease(string Directory, BuildManifest Manifest)
{
    public string FullPath(string sitePath) => Path.Combine(Directory, sitePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The release in <paramref name="directory"/> when it has a manifest this generator can trust; otherwise null.</summary>
    public static PreviousRelease? TryOpen(string? directory, Uri? baseUrl)
    {
        if (directory is null || !System.IO.Directory.Exists(directory))
        {
            return null;
        }

        var manifest = BuildManifest.TryRead(directory);
        return manifest is not null && manifest.Generator == PlanInputs.BuildId(baseUrl) ? new PreviousRelease(directory, manifest) : null;
    }
}
