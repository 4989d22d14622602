using PerformancePlan.Generator.Pipeline.Validation;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Reads back the feeds and every plan's open data as soon as the steps before it in its group have
/// written them, while the pages are still being rendered, rather than after the last page (every
/// feed parses; every CSV parses, has the header its datapackage.json names and exactly the
/// database's rows), on files no later step changes. What it finds fails the build at validation, as a page's problems do. The sitemap lists
/// the pages, so it is checked at validation, when every page is written.
/// </summary>
internal sealed class CheckWrittenData : IBuildStep
{
    public string Stage => "data checked";

    public Task RunAsync(BuildContext context)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Options.MaxDegreeOfParallelism), CancellationToken = context.CancellationToken };
        var feeds = context.Files.Where(f => !f.Value.Reused && f.Key.EndsWith(".xml", StringComparison.Ordinal) && f.Key != SitePaths.Sitemap).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        Parallel.ForEach(feeds, parallel, file => XmlChecks.Check(file, context.FullPath(file), _ => false, context.EarlyProblems));

        // Changed plans, and plans any of whose open-data files this build wrote; the rest validated with the previous release.
        var openData = context.Plans
            .Where(p => !context.IsUnchanged(p) || OpenDataReadBack.FilesOf(p.Plan.Slug).Any(f => !context.Files.TryGetValue(f, out var e) || !e.Reused))
            .ToList();
        Parallel.ForEach(openData, parallel, snapshot => OpenDataReadBack.Check(context.Site.FiguresOf(snapshot), context.Site.Chains, context.FullPath, context.EarlyProblems));

        context.DataFilesChecked = feeds.Count + openData.Sum(p => OpenDataReadBack.FilesOf(p.Plan.Slug).Count());
        context.Report(Stage, context.DataFilesChecked, context.DataFilesChecked);
        return Task.CompletedTask;
    }
}
