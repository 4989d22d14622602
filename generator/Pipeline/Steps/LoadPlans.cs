using PerformancePlan.Core.Plans;
using PerformancePlan.Core.SitePages;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>Reads every plan (each in one consistent transaction) and the static page texts, and lists the pages to render.</summary>
internal sealed class LoadPlans : IBuildStep
{
    public string Stage => "load";

    public async Task RunAsync(BuildContext context)
    {
        var texts = new SitePageStore(context.Options.Database).LoadTexts();

        // The static pages' Markdown is rendered while the plans are read: it needs only the texts.
        var staticPages = Task.Run(() => PageCatalog.StaticPages(new SiteInfo([], texts, context.Options.BaseUrl, context.Options.ResolvedAsOf)), context.CancellationToken);
        var plans = context.Options.Plans?.LoadAll() ?? new PlanReader(context.Options.Database).LoadAll();
        context.Plans = plans;
        context.Site = new SiteInfo(plans, texts, context.Options.BaseUrl, context.Options.ResolvedAsOf);
        context.Pages = PageCatalog.For(context.Site, await staticPages);
        context.Report(Stage, plans.Count, plans.Count);
    }
}
