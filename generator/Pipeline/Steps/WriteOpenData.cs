using PerformancePlan.Generator.OpenData;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>Writes each plan's datasets to <c>data/&lt;plan&gt;/</c>: one CSV per dataset and the datapackage.json describing them (taken from the previous release for a plan whose inputs are unchanged).</summary>
internal sealed class WriteOpenData : IBuildStep
{
    public string Stage => "open data";

    public Task RunAsync(BuildContext context)
    {
        var total = context.Plans.Count * (Datasets.All.Count + 1);
        Parallel.ForEach(
            context.Plans,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Options.MaxDegreeOfParallelism), CancellationToken = context.CancellationToken },
            snapshot =>
            {
                var unchanged = context.IsUnchanged(snapshot);
                foreach (var dataset in Datasets.All)
                {
                    context.WriteOrReuse(SitePaths.Csv(snapshot.Plan.Slug, dataset.Name), unchanged, () => CsvFormat.Write(dataset.Header, dataset.Rows(context.Site.FiguresOf(snapshot), context.Site.Chains)));
                }

                context.WriteOrReuse(SitePaths.DataPackage(snapshot.Plan.Slug), unchanged, () => DataPackageJson.Write(snapshot, Datasets.All));
            });
        context.Report(Stage, total, total);
        return Task.CompletedTask;
    }
}
