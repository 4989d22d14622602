using System.Globalization;
using Microsoft.Extensions.Options;
using PerformancePlan.Core;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Deploy;

namespace PerformancePlan.Portal.Publishing;

/// <summary>The object store the public site is deployed to, or null when none is configured.</summary>
public interface IDeployTargetSource
{
    IDeployTarget? Create();
}

/// <summary>The target from <c>Portal:Deploy:*</c>: configuration or environment only, never the database.</summary>
public sealed class ConfiguredDeployTarget(IOptions<PortalOptions> options) : IDeployTargetSource
{
    public IDeployTarget? Create()
    {
        var deploy = options.Value.Deploy;
        return string.IsNullOrWhiteSpace(deploy.ConnectionString) ? null : new AzureBlobTarget(deploy.ConnectionString, deploy.Container);
    }
}

/// <summary>
/// After a release is published here, deploys it to the object store the public reads through a
/// CDN, reporting progress on the publish page and recording the result in the audit trail. A
/// failed deploy leaves the store's site whole (see <see cref="Deployer"/>) and the local release
/// published; the next publish deploys again and completes it.
/// </summary>
public sealed class ReleaseDeploy(IDeployTargetSource targets, PlanDatabase database, TimeProvider clock, ILogger<ReleaseDeploy> logger)
{
    public async Task DeployAsync(string directory, string releaseName, string userName, IProgress<PublishStep> progress, CancellationToken cancellationToken)
    {
        var target = targets.Create();
        if (target is null)
        {
            return;
        }

        progress.Report(new DeployStarted(target.Name));
        try
        {
            var result = await Deployer.DeployAsync(directory, target, new Reporter(progress), cancellationToken);
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"{target.Name}: {result.Uploaded} uploaded ({result.BytesUploaded} bytes), {result.Unchanged} unchanged, {result.Deleted} deleted in {result.Elapsed.TotalSeconds:0.0} s");
            progress.Report(new DeployFinished(target.Name, result.Uploaded, result.BytesUploaded, result.Unchanged, result.Deleted, result.Elapsed));
            Record(releaseName, userName, summary);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.DeployFailed(logger, ex, releaseName, target.Name);
            progress.Report(new DeployFailed(target.Name, ex.Message));
            Record(releaseName, userName, $"failed: {target.Name}: {ex.Message}");
        }
    }

    /// <summary>The deploy is recorded as the release's publishing to the store: action publish, field deploy.</summary>
    private void Record(string releaseName, string userName, string detail) =>
        database.InTransaction((c, t) => AuditTrail.Record(c, t, new ChangeContext(userName, clock.GetUtcNow()), null, "release", releaseName, "publish", "deploy", null, detail));

    private sealed class Reporter(IProgress<PublishStep> progress) : IProgress<DeployProgress>
    {
        public void Report(DeployProgress value)
        {
            if (value.Done == value.Total || value.Done % 250 == 0)
            {
                progress.Report(new DeployStage(value.Stage, value.Done, value.Total));
            }
        }
    }
}
