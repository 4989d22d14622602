using PerformancePlan.Generator.Pipeline.Validation;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Reads back the feeds and every plan's open data as soon as the steps before it in its group have
/// written them, while the pages are still being rendered, rather than after the last page: the
/// same checks as <see cref="ValidateSite"/> would make (every feed parses; every CSV parses, has the
/// header its datapackage.json names and exactly the database's rows), on files no later step
/// changes. What it finds fails the build at validation, as a page's problems do. The sitemap lists
/// the pages, so it is checked at validation, when every page is written.
/// </summary>
internal sealed class CheckWrittenData : IBuildStep
{
    public string Stage => "data checked";

    public Task RunAsync(BuildContext context)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Options.MaxDegreeOfParallelism), CancellationToken = context.CancellationToken };
        var feeds = ValidateSite.XmlToCheck(context).Where(f => f != SitePaths.Sitemap).ToList();
        Parallel.ForEach(feeds, parallel, file => XmlChecks.Check(file, context.FullPath(file), _ => false, context.EarlyProblems));

        var openData = ValidateSite.OpenDataToCheck(context);
        Parallel.ForEach(openData, parallel, snapshot => OpenDataReadBack.Check(context.Site.FiguresOf(snapshot), context.Site.Chains, context.FullPath, context.EarlyProblems));

        context.DataFilesChecked = feeds.Count + openData.Sum(p => OpenDataReadBack.FilesOf(p.Plan.Slug).Count());
        context.DataChecked = true;
        context.Report(Stage, context.DataFilesChecked, context.DataFilesChecked);
        return Task.CompletedTask;
    }
}
