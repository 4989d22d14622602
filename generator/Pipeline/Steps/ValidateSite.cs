using System.Collections.Concurrent;
using PerformancePlan.Generator.Pipeline.Validation;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Checks what the build wrote before it may replace the published site: every page's facts and
/// page checks (<see cref="PageFactsReader"/>: read as each page was rendered, or from disk for a
/// page no step read), every XML file and every plan's open data read back against the database
/// (the feeds and open data as they were written, by <see cref="CheckWrittenData"/>);
/// then links, anchors, hreflang alternates and titles across the whole site
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

        // Links across pages, the XML files and the open data do not depend on each other: they are checked at the same time.
        var links = Task.Run(() => CheckLinks(context, pages, facts, toRead, readAlready, recorded, problems), context.CancellationToken);

        // Feeds and open data were read back as they were written (CheckWrittenData) unless no step did.
        var xml = XmlToCheck(context).Where(f => !context.DataChecked || f == SitePaths.Sitemap).ToList();
        var xmlChecks = Task.Run(() => Parallel.ForEach(xml, parallel, file => XmlChecks.Check(file, context.FullPath(file), pages.ContainsKey, problems)), context.CancellationToken);

        var openData = context.DataChecked ? [] : OpenDataToCheck(context);
        Parallel.ForEach(openData, parallel, snapshot => OpenDataReadBack.Check(context.Site.FiguresOf(snapshot), context.Site.Chains, context.FullPath, problems));
        await Task.WhenAll(links, xmlChecks);

        context.FilesValidated = readAlready + toRead.Count + xml.Count + openData.Sum(p => OpenDataReadBack.FilesOf(p.Plan.Slug).Count()) + context.DataFilesChecked;
        context.PageFacts = pages;
        context.Report(Stage, readAlready + toRead.Count, readAlready + toRead.Count);
        if (!problems.IsEmpty)
        {
            throw new SiteValidationException(problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Problem, StringComparer.Ordinal).ThenBy(p => p.Link, StringComparer.Ordinal).ToList());
        }
    }

    /// <summary>The XML files this build wrote (feeds, sitemap), in order; those taken from the previous release validated with it.</summary>
    internal static List<string> XmlToCheck(BuildContext context) =>
        context.Files.Where(f => !f.Value.Reused && f.Key.EndsWith(".xml", StringComparison.Ordinal)).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>The plans whose open data is read back: changed plans, and plans any of whose open-data files this build wrote.</summary>
    internal static List<Core.Plans.PlanSnapshot> OpenDataToCheck(BuildContext context) =>
        context.Plans
            .Where(p => !context.IsUnchanged(p) || OpenDataReadBack.FilesOf(p.Plan.Slug).Any(f => !context.Files.TryGetValue(f, out var e) || !e.Reused))
            .ToList();

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
