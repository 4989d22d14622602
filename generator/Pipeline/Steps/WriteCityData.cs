using PerformancePlan.Generator.OpenData;
using PerformancePlan.Generator.Site;
using PerformancePlan.Generator.Site.Pages;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Writes the open data across plans: one CSV per indicator chain (<c>data/chains/&lt;id&gt;.csv</c>, the
/// figures of its page), every plan's results (the overview's), and each agency's plans, chains and e-signature years. Site-wide, so always written (bytes the previous release holds are linked).
/// </summary>
internal sealed class WriteCityData : IBuildStep
{
    public string Stage => "city data";

    public Task RunAsync(BuildContext context)
    {
        var chains = context.Site.Chains.All.Where(c => c.RunsAcrossYears).ToList();
        foreach (var chain in chains)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            context.Write(SitePaths.ChainCsv(chain.Id), CsvFormat.Write(ChainCsv.Header, ChainCsv.Rows(context.Site, chain)));
        }

        context.Write(SitePaths.AllPlansCsv, CsvFormat.Write(CityCsv.PlansHeader, CityCsv.PlanRows(context.Site, context.Site.Agencies.SelectMany(a => a.Plans))));
        foreach (var agency in context.Site.Agencies)
        {
            context.Write(SitePaths.AgencyPlansCsv(agency.Code), CsvFormat.Write(CityCsv.PlansHeader, CityCsv.PlanRows(context.Site, agency.Plans)));
            context.Write(SitePaths.AgencyChainsCsv(agency.Code), CsvFormat.Write(CityCsv.ChainsHeader, CityCsv.ChainRows(context.Site, AgencyPage.ChainsOf(context.Site, agency.Code))));
            var esignature = context.Site.ESignatureYearsOf(agency.Code);
            if (ESignaturePage.ShowsHistory(esignature))
            {
                context.Write(SitePaths.AgencyESignatureCsv(agency.Code), CsvFormat.Write(CityCsv.ESignatureYearsHeader, CityCsv.ESignatureYearRows(esignature)));
            }
        }

        context.Report(Stage, chains.Count, chains.Count);
        return Task.CompletedTask;
    }
}
