using PerformancePlan.Generator.Pipeline.Steps;

namespace PerformancePlan.Generator.Pipeline;

/// <summary>
/// Builds the static site from the database: the one entry point the command line and the admin's
/// publish both call. No console output; progress goes to the <see cref="IProgress{T}"/> given.
/// </summary>
public static class SiteBuilder
{
    /// <summary>
    /// Loads every plan, renders the pages, writes open data, feeds and sitemap into a fresh folder
    /// beside <see cref="SiteBuildOptions.OutputDirectory"/>, validates all of it, and only then
    /// swaps it in. What the previous release already holds byte for byte is linked from it, not
    /// written again, and is validated through that release's record. On failure (including <see cref="SiteValidationException"/>) or cancellation the
    /// output is left exactly as it was.
    /// </summary>
    public static async Task<BuildResult> BuildAsync(SiteBuildOptions options, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (release, buildDirectory) = await SwapRelease.BeginAsync(options.OutputDirectory, cancellationToken);
        using (release)
        {
            var previous = PreviousRelease.TryOpen(options.PreviousRelease ?? release.Output, options.BaseUrl);
            var context = new BuildContext(options, buildDirectory, previous, progress, cancellationToken);
            try
            {
                // The plans' keys decide what the previous release can give; with none to compare with
                // they are only recorded for the next build, and are worked out while the pages render.
                IBuildStep[] keysFirst = previous is null ? [] : [new KeyPlans()];
                IBuildStep[] keysBeside = previous is null ? [new KeyPlans()] : [];
                IBuildStep[] steps =
                [
                    new LoadPlans(),
                    new CreateFolders(),
                    new CheckPlans(),
                    new CopyAssets(),
                    .. keysFirst,
                    new RunTogether(
                        [new RenderPages()],
                        [.. keysBeside, new WriteOpenData(), new WriteCityData(), new WriteAllData(), new WriteExplorerIndex(), new WriteFeeds(), new WriteSitemap(), new CheckWrittenData()]),
                    new ValidateSite(),
                    new RecordRelease(),
                ];
                foreach (var step in steps)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await step.RunAsync(context);
                }

                cancellationToken.ThrowIfCancellationRequested();
                release.Swap(buildDirectory);
            }
            catch
            {
                // Folders still being made would land in the folder being discarded.
                await context.FoldersCreated.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                SwapRelease.Discard(buildDirectory);
                throw;
            }

            var pages = context.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();
            var result = new BuildResult(pages.Count, context.Files.Count, context.Files.Values.Sum(f => f.Size), context.Elapsed)
            {
                PagesRendered = context.PagesRendered,
                PagesWritten = pages.Count(p => !p.Value.Reused),
                FilesWritten = context.Files.Values.Count(f => !f.Reused),
                FilesValidated = context.FilesValidated,
                BytesWritten = context.BytesWritten,
            };
            context.Report("done", result.Files, result.Files);
            return result;
        }
    }
}
