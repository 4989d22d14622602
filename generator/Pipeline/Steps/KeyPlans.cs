using PerformancePlan.Generator.Pipeline.Releases;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>Computes each plan's input key (<see cref="PlanInputs"/>), so the steps that follow skip plans the previous release already holds.</summary>
internal sealed class KeyPlans : IBuildStep
{
    public string Stage => "keys";

    public Task RunAsync(BuildContext context)
    {
        context.PlanKeys = PlanInputs.Keys(context.Plans, context.Assets, context.Options.BaseUrl, context.Site.AsOf);
        var unchanged = context.Plans.Count(context.IsUnchanged);
        context.Report(Stage, context.Plans.Count, context.Plans.Count);
        context.ReportUnchanged(unchanged);
        return Task.CompletedTask;
    }
}
