using PerformancePlan.Generator.Pipeline.Releases;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>Records the validated release's <see cref="BuildManifest"/> inside it, for the next build to start from.</summary>
internal sealed class RecordRelease : IBuildStep
{
    public string Stage => "record";

    public Task RunAsync(BuildContext context)
    {
        var path = Path.Combine(context.StagingDirectory, BuildManifest.FileName);

        // A release the same as the previous one records the same bytes: they are linked, not made again.
        if (context.IsSameAsPrevious())
        {
            FileLinks.LinkOrCopy(context.Previous!.FullPath(BuildManifest.FileName), path);
            context.Previous.Manifest.KeepLinks(context.Links);
        }
        else
        {
            var manifest = context.Manifest();
            var bytes = manifest.ToBytes();
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1))
            {
                file.Write(bytes.Span);
            }

            manifest.KeepLinks(context.Links);
            manifest.Remember(bytes.Span);
        }

        context.Report(Stage, 1, 1);
        return Task.CompletedTask;
    }
}
