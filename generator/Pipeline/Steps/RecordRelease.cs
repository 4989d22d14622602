using PerformancePlan.Generator.Pipeline.Releases;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>Records the validated release's <see cref="BuildManifest"/> inside it, for the next build to start from.</summary>
internal sealed class RecordRelease : IBuildStep
{
    public string Stage => "record";

    public Task RunAsync(BuildContext context)
    {
        File.WriteAllBytes(Path.Combine(context.StagingDirectory, BuildManifest.FileName), context.Manifest().ToBytes());
        context.Report(Stage, 1, 1);
        return Task.CompletedTask;
    }
}
