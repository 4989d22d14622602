namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Runs groups of steps at the same time, each group's steps in order, when no group reads what
/// another writes: the open-data, feed and sitemap writers beside the page renderer, whose workers
/// leave the processors idle while they wait on garbage collections and file writes. The build goes
/// on when every group has finished; the first failure fails it as a step's would.
/// </summary>
internal sealed class RunTogether(params IBuildStep[][] groups) : IBuildStep
{
    public string Stage => string.Join(" + ", groups.Select(g => string.Join(", ", g.Select(s => s.Stage))));

    public Task RunAsync(BuildContext context) => Task.WhenAll(groups.Select(group => Task.Run(async () =>
    {
        foreach (var step in group)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            await step.RunAsync(context);
        }
    }, context.CancellationToken)));
}
