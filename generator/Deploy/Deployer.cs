namespace PerformancePlan.Generator.Deploy;

/// <summary>What a deploy did.</summary>
public sealed record DeployResult(int Uploaded, int Unchanged, int Deleted, long BytesUploaded, TimeSpan Elapsed);

/// <summary>A deploy's progress: files done of the files to upload or delete.</summary>
public sealed record DeployProgress(string Stage, int Done, int Total);

/// <summary>
/// Publishes a built site to an <see cref="IDeployTarget"/>: compares, then uploads and deletes in
/// the order of <see cref="DeployPlan"/>, one file after another, so a deploy stopped at any point
/// leaves a site whose every page resolves, and the next deploy completes it.
/// </summary>
public static class Deployer
{
    public static async Task<DeployResult> DeployAsync(string siteDirectory, IDeployTarget target, IProgress<DeployProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!File.Exists(Path.Combine(siteDirectory, "index.html")))
        {
            throw new DirectoryNotFoundException($"{siteDirectory} holds no built site (no index.html).");
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var plan = DeployPlan.For(siteDirectory, await target.ListAsync(cancellationToken));
        var total = plan.Uploads.Count + plan.Deletions.Count;
        progress?.Report(new DeployProgress("compare", plan.Unchanged, plan.Unchanged + plan.Uploads.Count));
        long bytes = 0;
        var done = 0;
        foreach (var file in plan.Uploads)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await target.UploadAsync(file, cancellationToken);
            bytes += new FileInfo(file.LocalPath).Length;
            progress?.Report(new DeployProgress("upload", ++done, total));
        }

        foreach (var path in plan.Deletions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await target.DeleteAsync(path, cancellationToken);
            progress?.Report(new DeployProgress("delete", ++done, total));
        }

        return new DeployResult(plan.Uploads.Count, plan.Unchanged, plan.Deletions.Count, bytes, clock.Elapsed);
    }
}
