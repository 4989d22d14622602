using PerformancePlan.Core.Plans;
using PerformancePlan.Core.SitePages;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>Reads every plan (each in one consistent transaction) and the static page texts, and lists the pages to render.</summary>
internal sealed class LoadPlans : IBuildStep
{
    public string Stage => "load";

    public Task RunAsync(BuildContext context)
    {
        var plans = context.Options.Plans?.LoadAll() ?? new PlanReader(context.Options.Database).LoadAll();
        context.Plans = plans;
        context.Site = new SiteInfo(plans, new SitePageStore(context.Options.Database).LoadTexts(), context.Options.BaseUrl, context.Options.ResolvedAsOf);
        context.Pages = PageCatalog.For(context.Site);
        context.Report(Stage, plans.Count, plans.Count);
        return Task.CompletedTask;
    }
}
