using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Renders every page and writes it as <c>index.html</c> in its folder; a page of a plan whose
/// inputs are unchanged, or of an agency whose plans all are, is taken from the previous release
/// instead, and site-wide pages (which list the plans) are always rendered. Pages are dealt round-robin
/// to one worker per processor; each worker uses a fresh renderer per batch so memory stays flat
/// however large the site. A page written is read for validation right away, from the characters
/// just rendered, in the worker's <see cref="PageBuffer"/> (<see cref="BuildContext.WritePage"/>).
/// </summary>
internal sealed class RenderPages : IBuildStep
{
    /// <summary>
    /// A renderer holds every component it rendered, with their render-tree arrays, until disposed:
    /// small batches give those arrays back to the shared pool for the next pages to reuse. At 64
    /// pages a batch the pool could not keep them and a 200-plan build allocated 10 % more; at one
    /// page a batch making renderers cost more than it saved.
    /// </summary>
    private const int BatchSize = 8;

    public string Stage => "pages";

    public async Task RunAsync(BuildContext context)
    {
        var pages = context.Pages;
        var workers = Math.Clamp(context.Options.MaxDegreeOfParallelism, 1, Math.Max(1, pages.Count));
        var done = 0;
        context.Report(Stage, 0, pages.Count);
        var tasks = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var mine = pages.Where((_, i) => i % workers == worker).ToList();
            using var buffer = new PageBuffer();
            for (var start = 0; start < mine.Count; start += BatchSize)
            {
                await using var renderer = new PageRenderer();
                foreach (var spec in mine.Skip(start).Take(BatchSize))
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    var file = SitePaths.FileOf(spec.Path);
                    var unchanged = spec.Snapshot is { } snapshot ? context.IsUnchanged(snapshot) : spec.AgencyCode is { } agency && context.IsAgencyUnchanged(agency);
                    if (!unchanged || !context.TryReuse(file))
                    {
                        await renderer.RenderAsync(spec, context.Site, context.Assets, buffer);
                        context.WritePage(file, buffer.Written);
                        context.CountRendered();
                    }

                    var n = Interlocked.Increment(ref done);
                    if (n % 250 == 0)
                    {
                        context.Report(Stage, n, pages.Count);
                    }
                }
            }
        }, context.CancellationToken)).ToList();
        await Task.WhenAll(tasks);
        context.Report(Stage, pages.Count, pages.Count);
    }
}
