using System.Globalization;
using Microsoft.Extensions.Options;
using PerformancePlan.Core;

namespace PerformancePlan.Portal.Publishing;

/// <summary>
/// Publishes the site: builds a new release beside the current one, and only once it has built
/// and validated makes it current (one database transaction, then one reference swap). Keeps the
/// newest releases (five by default) so any of them can be restored in one step. When an object
/// store is configured, the new release is then deployed there for the public.
/// </summary>
public sealed class Publisher(
    ISitePublisher builder,
    ReleaseStore releases,
    CurrentRelease current,
    PublishProgress progress,
    IOptions<PortalOptions> options,
    TimeProvider clock,
    ILogger<Publisher> logger,
    ReleaseDeploy? deploy = null) : IDisposable
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    private string Root => options.Value.ReleasesDirectory;

    public void Dispose() => oneAtATime.Dispose();

    /// <summary>Serves the release the database marks current (at start-up).</summary>
    public void LoadCurrent()
    {
        Sweep();
        var release = releases.Current();
        current.Set(release is null ? null : Path.Combine(Root, release.Name));
    }

    public async Task<Release> PublishAsync(string userName, CancellationToken cancellationToken)
    {
        if (!await oneAtATime.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            throw new PublishInProgressException();
        }

        try
        {
            var started = clock.GetUtcNow();
            var name = NewName(started);
            var directory = Path.Combine(Root, name);
            progress.Start();
            Directory.CreateDirectory(Root);
            Sweep();
            SiteBuildSummary summary;
            try
            {
                summary = await builder.BuildAsync(directory, progress, cancellationToken);
                Validate(directory);
                ReleaseManifest.Write(directory);
            }
            catch (Exception ex)
            {
                progress.Fail(ex.Message);
                TryDelete(directory);
                TryDeleteFile(ReleaseManifest.PathFor(directory));
                throw;
            }
            finally
            {
                // The generator's staging folder (its build lock) beside the release.
                TryDelete(directory + ".staging");
            }

            var release = releases.AddAsCurrent(name, summary, new ChangeContext(userName, clock.GetUtcNow()));
            current.Set(directory);
            if (deploy is not null)
            {
                await deploy.DeployAsync(directory, name, userName, progress, cancellationToken);
            }

            progress.Finish(release);
            Log.Published(logger, name, summary.Pages, userName);
            Prune();
            return release;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>
    /// Removes what no release row accounts for: staging folders a killed publish left behind and
    /// release folders no longer (or never) listed, with their manifests. Housekeeping: never fails.
    /// </summary>
    public void Sweep()
    {
        try
        {
            if (!Directory.Exists(Root))
            {
                return;
            }

            var listed = releases.List().Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var folder in Directory.GetDirectories(Root).Where(d => !listed.Contains(Path.GetFileName(d))))
            {
                TryDelete(folder);
            }

            foreach (var file in Directory.GetFiles(Root).Where(f => !listed.Contains(Path.GetFileNameWithoutExtension(f)) || f.EndsWith(".tmp", StringComparison.Ordinal)))
            {
                TryDeleteFile(file);
            }
        }
        catch (Exception ex)
        {
            Log.SweepFailed(logger, ex, Root);
        }
    }

    public void Restore(string name, string userName)
    {
        var directory = Path.Combine(Root, name);
        var listed = SitePublisherChecks.IsReleaseName(name) ? releases.List().FirstOrDefault(r => r.Name == name) : null;
        if (listed is null || !Directory.Exists(directory))
        {
            throw new ValidationException("release", new($"找不到版本 {name}", $"there is no release named {name}"));
        }

        if (!ReleaseManifest.IsComplete(directory, listed.Files))
        {
            throw new ValidationException("release", new($"版本 {name} 的檔案不完整，無法還原", $"release {name} is incomplete (files are missing or changed), so it cannot be restored"));
        }

        releases.MakeCurrent(name, new ChangeContext(userName, clock.GetUtcNow()));
        current.Set(directory);
        Log.Restored(logger, name, userName);
    }

    /// <summary>Removes a folder and everything in it; a property so tests can make it fail.</summary>
    public Action<string> DeleteFolder { get; init; } = folder => Directory.Delete(folder, recursive: true);

    /// <summary>
    /// Deletes all but the newest releases; the current one always stays. Housekeeping after the
    /// publish has succeeded: it never fails it. The row goes first, so a release whose folder could
    /// not be deleted entirely is no longer offered for restoring; the next sweep retries the folder.
    /// </summary>
    private void Prune()
    {
        try
        {
            foreach (var old in releases.List().Where(r => !r.IsCurrent).Skip(Math.Max(0, options.Value.ReleasesKept - 1)))
            {
                releases.Remove(old.Name);
                var folder = Path.Combine(Root, old.Name);
                if (TryDelete(folder))
                {
                    TryDeleteFile(ReleaseManifest.PathFor(folder));
                }
            }
        }
        catch (Exception ex)
        {
            Log.PruneFailed(logger, ex, Root);
        }
    }

    private static void Validate(string directory)
    {
        foreach (var required in new[] { "index.html", "404.html" })
        {
            if (!File.Exists(Path.Combine(directory, required)))
            {
                throw new InvalidOperationException($"The build produced no {required}; the current release stays.");
            }
        }
    }

    private string NewName(DateTimeOffset at)
    {
        var name = at.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        var candidate = name;
        for (var n = 2; Directory.Exists(Path.Combine(Root, candidate)); n++)
        {
            candidate = $"{name}-{n}";
        }

        return candidate;
    }

    private bool TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                DeleteFolder(directory);
            }

            return true;
        }
        catch (Exception ex)
        {
            Log.DeleteFailed(logger, ex, directory);
            return false;
        }
    }

    private void TryDeleteFile(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex)
        {
            Log.DeleteFailed(logger, ex, file);
        }
    }
}

public sealed class PublishInProgressException() : Exception("A publish is already running.");

public static class SitePublisherChecks
{
    /// <summary>Release names are made here (20180314T120000000Z, maybe -2); anything else is refused.</summary>
    public static bool IsReleaseName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 40 && name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-');
}
