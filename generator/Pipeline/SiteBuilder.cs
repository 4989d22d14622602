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
    /// swaps it in. On failure (including <see cref="SiteValidationException"/>) or cancellation the
    /// output is left exactly as it was.
    /// </summary>
    public static async Task<BuildResult> BuildAsync(SiteBuildOptions options, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (release, buildDirectory) = await SwapRelease.BeginAsync(options.OutputDirectory, cancellationToken);
        using (release)
        {
            var context = new BuildContext(options, buildDirectory, progress, cancellationToken);
            try
            {
                IBuildStep[] steps =
                [
                    new LoadPlans(),
                    new CopyAssets(),
                    new RenderPages(),
                    new WriteOpenData(),
                    new WriteFeeds(),
                    new WriteSitemap(),
                    new ValidateSite(),
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
                SwapRelease.Discard(buildDirectory);
                throw;
            }

            var pages = context.Written.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal));
            var result = new BuildResult(pages, context.Written.Count, context.Written.Values.Sum(), context.Elapsed);
            context.Report("done", result.Files, result.Files);
            return result;
        }
    }
}
