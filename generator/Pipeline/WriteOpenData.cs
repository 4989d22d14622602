using PerformancePlan.Generator.OpenData;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline;

/// <summary>Writes each plan's datasets to <c>data/&lt;plan&gt;/</c>: one CSV per dataset and the datapackage.json describing them.</summary>
internal sealed class WriteOpenData : IBuildStep
{
    public string Stage => "open data";

    public Task RunAsync(BuildContext context)
    {
        var total = context.Plans.Count * (Datasets.All.Count + 1);
        var done = 0;
        foreach (var snapshot in context.Plans)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            foreach (var dataset in Datasets.All)
            {
                context.Write(SitePaths.Csv(snapshot.Plan.Slug, dataset.Name), CsvFormat.Write(dataset.Header, dataset.Rows(snapshot)));
                done++;
            }

            context.Write(SitePaths.DataPackage(snapshot.Plan.Slug), DataPackageJson.Write(snapshot, Datasets.All));
            done++;
        }

        context.Report(Stage, done, total);
        return Task.CompletedTask;
    }
}
