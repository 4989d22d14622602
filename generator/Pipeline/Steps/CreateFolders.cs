using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Makes every page's folder in the new site on one thread while the plans are checked and keyed,
/// when the other processors are idle, instead of in the renderer's workers: pages of a plan are
/// folders side by side, and workers making them at the same time waited on each other for the
/// parent folder. A folder not made yet when its page is written is made then; the build waits for
/// this step before validation, so its failure fails the build as any step's would.
/// </summary>
internal sealed class CreateFolders : IBuildStep
{
    public string Stage => "folders";

    public Task RunAsync(BuildContext context)
    {
        var pages = context.Pages.Select(p => SitePaths.FileOf(p.Path)).ToList();
        context.FoldersCreated = Task.Run(() => context.CreateFoldersOf(pages), context.CancellationToken);
        return Task.CompletedTask;
    }
}
