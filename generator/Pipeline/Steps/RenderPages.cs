using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Renders every page and writes it as <c>index.html</c> in its folder; a page of a plan whose
/// inputs are unchanged, or of an agency whose plans all are, is taken from the previous release
/// instead, and site-wide pages (which list the plans) are always rendered. One worker per processor
/// takes the next batch of pages whenever it finishes one (pages differ several times over in cost, so
/// pages dealt out in advance left one worker idle at the end while the other rendered the heavier
/// share); each batch gets a fresh renderer so memory stays flat however large the site. A page written is read for validation right away, from the characters
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
        var claimed = 0;
        context.Report(Stage, 0, pages.Count);
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            using var buffer = new PageBuffer();
            int Claim() => Interlocked.Add(ref claimed, BatchSize) - BatchSize;
            for (var start = Claim(); start < pages.Count; start = Claim())
            {
                await using var renderer = new PageRenderer();
                for (var i = start; i < Math.Min(start + BatchSize, pages.Count); i++)
                {
                    var spec = pages[i];
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
