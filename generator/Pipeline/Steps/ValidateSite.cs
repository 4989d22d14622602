using System.Collections.Concurrent;
using PerformancePlan.Generator.Pipeline.Validation;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Checks what the build wrote before it may replace the published site: every page's facts and
/// page checks (<see cref="PageFactsReader"/>: read as each page was rendered, or from disk for a
/// page no step read), the sitemap (the feeds and open data were read back as they were written,
/// by <see cref="CheckWrittenData"/>, whose findings fail the build here); then links, anchors, hreflang alternates and titles across the whole site
/// (<see cref="LinkChecks"/>). A file whose bytes equal the previous release's, which validated, is
/// not read again: its recorded facts stand in for it in the checks across pages, and with the
/// previous release's link graph only the links from and into what changed are checked again.
/// </summary>
internal sealed class ValidateSite : IBuildStep
{
    public string Stage => "validate";

    public async Task RunAsync(BuildContext context)
    {
        await context.FoldersCreated;
        var problems = new ConcurrentBag<SiteProblem>();
        var recorded = context.Previous?.Manifest.Pages;
        var facts = new ConcurrentDictionary<string, PageFacts>(StringComparer.Ordinal);
        var toRead = new List<string>();
        var readAlready = 0;
        foreach (var (file, entry) in context.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            if (context.ReadPages.TryGetValue(file, out var read))
            {
                facts[file] = read;
                readAlready++;
            }
            else if (entry.Reused && recorded is not null && recorded.TryGetValue(file, out var known))
            {
                facts[file] = known;
            }
            else
            {
                toRead.Add(file);
            }
        }

        toRead.Sort(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Options.MaxDegreeOfParallelism), CancellationToken = context.CancellationToken };
        var done = 0;
        await Parallel.ForEachAsync(toRead, parallel, async (file, ct) =>
        {
            var html = await File.ReadAllTextAsync(context.FullPath(file), ct);
            facts[file] = context.ReadPage(file, html);
            if (Interlocked.Increment(ref done) % 500 == 0)
            {
                context.Report(Stage, done, toRead.Count);
            }
        });

        foreach (var problem in context.EarlyProblems)
        {
            problems.Add(problem);
        }

        var pages = new SortedDictionary<string, PageFacts>(facts, StringComparer.Ordinal);

        // Links across pages and the sitemap (which lists the pages) do not depend on each other: they are checked at the same time.
        var links = Task.Run(() => CheckLinks(context, pages, facts, toRead, readAlready, recorded, problems), context.CancellationToken);
        var sitemap = context.Files.TryGetValue(SitePaths.Sitemap, out var written) && !written.Reused;
        if (sitemap)
        {
            XmlChecks.Check(SitePaths.Sitemap, context.FullPath(SitePaths.Sitemap), pages.ContainsKey, problems);
        }

        await links;

        context.FilesValidated = readAlready + toRead.Count + (sitemap ? 1 : 0) + context.DataFilesChecked;
        context.PageFacts = pages;
        context.Report(Stage, readAlready + toRead.Count, readAlready + toRead.Count);
        if (!problems.IsEmpty)
        {
            throw new SiteValidationException(problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Problem, StringComparer.Ordinal).ThenBy(p => p.Link, StringComparer.Ordinal).ToList());
        }
    }

    /// <summary>
    /// With the previous release's link graph at hand, only what changed is checked across pages;
    /// without it, everything is, which makes the graph for the next build.
    /// </summary>
    private static void CheckLinks(BuildContext context, SortedDictionary<string, PageFacts> pages, ConcurrentDictionary<string, PageFacts> facts, List<string> toRead, int readAlready, IReadOnlyDictionary<string, PageFacts>? recorded, ConcurrentBag<SiteProblem> problems)
    {
        var index = context.Previous?.Manifest.TakeLinks();
        if (index is not null && recorded is not null && index.BaseUrl == context.Options.BaseUrl)
        {
            var changed = new HashSet<string>(context.ReadPages.Keys.Where(facts.ContainsKey), StringComparer.Ordinal);
            changed.UnionWith(toRead);
            var removed = context.Previous!.Manifest.Files.Keys.Where(f => !context.Files.ContainsKey(f)).Order(StringComparer.Ordinal).ToList();
            LinkChecks.RunChanged(pages, recorded, changed, removed, context.Files.ContainsKey, index, problems);
            context.Links = index;
        }
        else if (toRead.Count > 0 || readAlready > 0 || !context.IsSameAsPrevious())
        {
            context.Links = LinkChecks.Run(pages, context.Files.ContainsKey, context.Options.BaseUrl, problems);
        }
    }
}
