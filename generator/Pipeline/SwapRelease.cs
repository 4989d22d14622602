namespace PerformancePlan.Generator.Pipeline;

/// <summary>
/// The release folders around the output: the build writes into <c>&lt;out&gt;.staging/build-*</c>
/// (a sibling, so moves are renames on one file system) and only a validated build is swapped in.
/// The previous site is renamed aside, the new one renamed into place, then the old one deleted; a
/// build killed at any point leaves the previous site in place or, in the instant between the two
/// renames, aside where the next build puts it back first thing. One build at a time holds the lock.
/// </summary>
internal sealed class SwapRelease : IDisposable
{
    private const string BuildPrefix = "build-";
    private const string PreviousPrefix = "previous-";

    private readonly FileStream lockFile;

    private SwapRelease(string output, string staging, FileStream lockFile)
    {
        Output = output;
        StagingRoot = staging;
        this.lockFile = lockFile;
    }

    public string Output { get; }

    /// <summary>The sibling folder that holds builds in progress and the previous site while it is swapped.</summary>
    public string StagingRoot { get; }

    /// <summary>Takes the build lock, restores a site left aside by a killed swap, removes abandoned builds, and makes a fresh build folder.</summary>
    public static async Task<(SwapRelease Release, string BuildDirectory)> BeginAsync(string outputDirectory, CancellationToken cancellationToken)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output) ?? throw new ArgumentException("The output cannot be a file-system root.", nameof(outputDirectory));
        var staging = Path.Combine(parent, Path.GetFileName(output) + ".staging");
        var lockFile = await AcquireLockAsync(Path.Combine(staging, "build.lock"), cancellationToken);
        var release = new SwapRelease(output, staging, lockFile);
        try
        {
            release.Recover();
            var build = Path.Combine(staging, BuildPrefix + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(build);
            return (release, build);
        }
        catch
        {
            release.Dispose();
            throw;
        }
    }

    /// <summary>Replaces the output with the validated build.</summary>
    public void Swap(string buildDirectory)
    {
        string? previous = null;
        if (Directory.Exists(Output))
        {
            previous = Path.Combine(StagingRoot, PreviousPrefix + Guid.NewGuid().ToString("N")[..12]);
            Directory.Move(Output, previous);
        }

        try
        {
            Directory.Move(buildDirectory, Output);
        }
        catch when (previous is not null)
        {
            Directory.Move(previous, Output);
            throw;
        }

        if (previous is not null)
        {
            TryDelete(previous);
        }
    }

    /// <summary>Throws a build away; the output is not touched.</summary>
    public static void Discard(string buildDirectory) => TryDelete(buildDirectory);

    /// <summary>
    /// Releases the lock and removes the staging folder when nothing is left in it, so release
    /// folders do not collect empty siblings. The lock file is deleted while still held, so a
    /// waiting build can only ever lock a fresh file.
    /// </summary>
    public void Dispose()
    {
        try
        {
            if (Directory.EnumerateFileSystemEntries(StagingRoot).All(e => e == lockFile.Name))
            {
                File.Delete(lockFile.Name);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        lockFile.Dispose();
        try
        {
            Directory.Delete(StagingRoot);
        }
        catch (IOException)
        {
            // Not empty (another build started, or a folder is left for clean-up), or in use.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Recover()
    {
        var previous = Directory.GetDirectories(StagingRoot, PreviousPrefix + "*");
        if (!Directory.Exists(Output) && previous.Length > 0)
        {
            // A swap was killed between its two renames: the previous site goes back first.
            Directory.Move(previous.OrderByDescending(Directory.GetLastWriteTimeUtc).First(), Output);
        }

        foreach (var abandoned in Directory.GetDirectories(StagingRoot, BuildPrefix + "*").Concat(Directory.GetDirectories(StagingRoot, PreviousPrefix + "*")))
        {
            TryDelete(abandoned);
        }
    }

    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            // A folder that cannot be made (a file in the way, no permission) fails at once; only a
            // lock held by another build is waited for.
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline && Directory.Exists(Path.GetDirectoryName(path)))
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
            // Left for the next build's clean-up.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
