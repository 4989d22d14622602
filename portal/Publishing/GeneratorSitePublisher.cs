using Microsoft.Extensions.Options;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Pipeline;

namespace PerformancePlan.Portal.Publishing;

/// <summary>Publishes with the generator's pipeline, in-process, from the release currently served, reporting each stage as it goes.</summary>
public sealed class GeneratorSitePublisher(PlanDatabase database, PlanCache plans, CurrentRelease current, IOptions<PortalOptions> options) : ISitePublisher
{
    public async Task<SiteBuildSummary> BuildAsync(string outputDirectory, IProgress<PublishStep>? progress, CancellationToken cancellationToken)
    {
        var stages = progress is null ? null : new Progress<BuildProgress>(p => progress.Report(new BuildStep(p)));
        var result = await SiteBuilder.BuildAsync(
            new SiteBuildOptions
            {
                Database = database,
                Plans = plans,
                OutputDirectory = outputDirectory,
                PreviousRelease = current.Directory,
                WebRootDirectory = options.Value.WebRoot,
                BaseUrl = options.Value.PublicBaseUri,

                // The publish page has the publisher acknowledge the checks' warnings before it calls this; errors still stop the build.
                AcceptWarnings = true,
            },
            stages,
            cancellationToken);
        return new SiteBuildSummary(result.Pages, result.Files, result.Bytes, result.Elapsed)
        {
            PagesWritten = result.PagesWritten,
            FilesWritten = result.FilesWritten,
            BytesWritten = result.BytesWritten,
        };
    }
}
