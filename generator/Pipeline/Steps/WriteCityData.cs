using PerformancePlan.Generator.OpenData;
using PerformancePlan.Generator.Site;
using PerformancePlan.Generator.Site.Pages;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Writes the open data across plans: one CSV per indicator chain (<c>data/chains/&lt;id&gt;.csv</c>, the
/// figures of its page) with a datapackage.json describing them all by one Table Schema, every plan's results (the overview's), and each
/// agency's plans, chains and e-signature years with their datapackage.json. Site-wide, so always written (bytes the previous release holds are linked).
/// </summary>
internal sealed class WriteCityData : IBuildStep
{
    public string Stage => "city data";

    public Task RunAsync(BuildContext context)
    {
        var site = context.Site;
        var chains = site.Chains.All.Where(c => c.RunsAcrossYears).ToList();
        foreach (var chain in chains)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            context.Write(SitePaths.ChainCsv(chain.Id), CsvFormat.Write(ChainCsv.Header, ChainCsv.Rows(site, chain)));
        }

        // A data package holds at least one resource: a city whose indicators all start this year has no chain files to describe.
        if (chains.Count > 0)
        {
            context.Write(SitePaths.ChainsSchema, DataPackageJson.WriteSchema(ChainCsv.Fields));
            context.Write(SitePaths.ChainsDataPackage, DataPackageJson.WriteChains(site, chains.Select(c =>
                ChainCsv.Resource(c, c.Years.Max(y => LastUpdated(site, y.Plan.Slug))) with { SchemaPath = DataPackageJson.ChainSchemaFile })));
        }

        context.Write(SitePaths.AllPlansCsv, CsvFormat.Write(CityCsv.PlansHeader, CityCsv.PlanRows(site, site.Agencies.SelectMany(a => a.Plans))));
        foreach (var agency in site.Agencies)
        {
            var lastUpdated = agency.Plans.Count == 0 ? default : agency.Plans.Max(p => p.LastUpdatedOn);
            var resources = new List<PackageResource> { CityCsv.PlansResource(lastUpdated), CityCsv.ChainsResource(lastUpdated) };
            context.Write(SitePaths.AgencyPlansCsv(agency.Code), CsvFormat.Write(CityCsv.PlansHeader, CityCsv.PlanRows(site, agency.Plans)));
            context.Write(SitePaths.AgencyChainsCsv(agency.Code), CsvFormat.Write(CityCsv.ChainsHeader, CityCsv.ChainRows(site, AgencyPage.ChainsOf(site, agency.Code))));
            var esignature = site.ESignatureYearsOf(agency.Code);
            if (ESignaturePage.ShowsHistory(esignature))
            {
                context.Write(SitePaths.AgencyESignatureCsv(agency.Code), CsvFormat.Write(CityCsv.ESignatureYearsHeader, CityCsv.ESignatureYearRows(esignature)));
                resources.Add(CityCsv.ESignatureYearsResource(lastUpdated));
            }

            context.Write(SitePaths.AgencyDataPackage(agency.Code), DataPackageJson.WriteAgency(agency, resources));
        }

        context.Report(Stage, chains.Count, chains.Count);
        return Task.CompletedTask;
    }

    private static DateOnly LastUpdated(SiteInfo site, string slug) => site.Plans.First(p => p.Plan.Slug == slug).LastUpdatedOn;
}
