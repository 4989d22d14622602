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
            SiteBuildSummary summary;
            try
            {
                summary = await builder.BuildAsync(directory, progress, cancellationToken);
                Validate(directory);
            }
            catch (Exception ex)
            {
                progress.Fail(ex.Message);
                TryDelete(directory);
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
            Prune();
            Log.Published(logger, name, summary.Pages, userName);
            return release;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    public void Restore(string name, string userName)
    {
        var directory = Path.Combine(Root, name);
        if (!SitePublisherChecks.IsReleaseName(name) || !Directory.Exists(directory))
        {
            throw new ValidationException("release", new($"找不到版本 {name}", $"there is no release named {name}"));
        }

        releases.MakeCurrent(name, new ChangeContext(userName, clock.GetUtcNow()));
        current.Set(directory);
        Log.Restored(logger, name, userName);
    }

    /// <summary>Deletes all but the newest releases; the current one always stays.</summary>
    private void Prune()
    {
        foreach (var old in releases.List().Where(r => !r.IsCurrent).Skip(Math.Max(0, options.Value.ReleasesKept - 1)))
        {
            TryDelete(Path.Combine(Root, old.Name));
            releases.Remove(old.Name);
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

    private void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Could not delete {Directory}", directory);
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
