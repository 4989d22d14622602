using PerformancePlan.Core;
using PerformancePlan.Generator.Site;
using PerformancePlan.Generator.Site.Explorer;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Writes the indicator explorer's index per language (<c>&lt;lang&gt;/indicators/index.json</c>, see
/// <see cref="ExplorerIndex"/>). It lists every plan, so it is taken from the previous release only
/// when the site has the same plans, all unchanged.
/// </summary>
internal sealed class WriteExplorerIndex : IBuildStep
{
    public string Stage => "explorer index";

    public Task RunAsync(BuildContext context)
    {
        var unchanged = context.AllPlansUnchanged;
        foreach (var language in LanguageExtensions.All)
        {
            context.WriteOrReuse(SitePaths.ExplorerIndex(language), unchanged, () => ExplorerIndex.Write(context.Site, language));
        }

        context.Report(Stage, LanguageExtensions.All.Count, LanguageExtensions.All.Count);
        return Task.CompletedTask;
    }
}
