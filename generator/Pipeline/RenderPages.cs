using System.Text;

namespace PerformancePlan.Generator.Pipeline;

/// <summary>
/// Renders every page and writes it as <c>index.html</c> in its folder. Pages are dealt round-robin
/// to one worker per processor; each worker uses a fresh renderer per batch so memory stays flat
/// however large the site.
/// </summary>
internal sealed class RenderPages : IBuildStep
{
    private const int BatchSize = 64;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

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
            for (var start = 0; start < mine.Count; start += BatchSize)
            {
                await using var renderer = new PageRenderer();
                foreach (var spec in mine.Skip(start).Take(BatchSize))
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    var html = await renderer.RenderAsync(spec, context.Site, context.Assets);
                    context.Write(Site.SitePaths.FileOf(spec.Path), Utf8.GetBytes(html));
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
