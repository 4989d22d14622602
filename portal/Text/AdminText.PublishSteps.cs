using System.Globalization;
using PerformancePlan.Portal.Publishing;

namespace PerformancePlan.Portal.Text;

/// <summary>The publish page's steps, in the reader's language.</summary>
public sealed partial class AdminText
{
    /// <summary>The generator's build stages by the names it reports them under; a stage not listed shows as named.</summary>
    public required IReadOnlyDictionary<string, string> BuildStages { get; init; }

    /// <summary>The deploy's stages: compare, upload, delete.</summary>
    public required IReadOnlyDictionary<string, string> DeployStages { get; init; }

    /// <summary>A build stage: {0} stage, {1} done, {2} total, {3} seconds since the build started.</summary>
    public required string StepBuild { get; init; }

    /// <summary>Plans whose inputs are unchanged, so their pages are not rendered again: {0} plans, {1} plans in all.</summary>
    public required string StepUnchanged { get; init; }

    /// <summary>One plan's translation coverage, reported as the build checks it: {0} plan, then <see cref="TranslationCoverage"/>.</summary>
    public required string StepTranslation { get; init; }

    public required string StepDeployStarted { get; init; }

    /// <summary>{0} stage, {1} done, {2} total.</summary>
    public required string StepDeploy { get; init; }

    /// <summary>{0} target, {1} uploaded, {2} bytes, {3} unchanged, {4} deleted, {5} seconds.</summary>
    public required string StepDeployed { get; init; }

    /// <summary>{0} target, {1} the error.</summary>
    public required string StepDeployFailed { get; init; }

    /// <summary>A step of the running or last publish, as the publish page lists it.</summary>
    public string Step(PublishStep step) => step switch
    {
        BuildStep { Progress: { Unchanged: { } unchanged } b } => Format(StepUnchanged, unchanged, b.Total),
        BuildStep { Progress: { Translation: { } coverage } b } =>
            Format(StepTranslation, b.Plan!, Format(TranslationCoverage, coverage.Present, coverage.Total, coverage.Pending)),
        BuildStep { Progress: var b } => Format(StepBuild, BuildStages.GetValueOrDefault(b.Stage, b.Stage), b.Done, b.Total, b.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)),
        DeployStarted d => Format(StepDeployStarted, d.Target),
        DeployStage d => Format(StepDeploy, DeployStages.GetValueOrDefault(d.Stage, d.Stage), d.Done, d.Total),
        DeployFinished d => Format(StepDeployed, d.Target, d.Uploaded, d.BytesUploaded.ToString("N0", CultureInfo.InvariantCulture), d.Unchanged, d.Deleted, d.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)),
        DeployFailed f => Format(StepDeployFailed, f.Target, f.Message),
        _ => step.ToString(),
    };
}
