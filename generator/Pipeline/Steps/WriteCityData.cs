using PerformancePlan.Generator.OpenData;
using PerformancePlan.Generator.Site;
using PerformancePlan.Generator.Site.Pages;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Writes the open data across plans: one CSV per indicator chain (<c>data/chains/&lt;id&gt;.csv</c>, the
/// figures of its page) with a datapackage.json describing them all by one Table Schema, every plan's results (the overview's), and each
/// agency's plans, chains and e-signature years with their datapackage.json. An agency's files and
/// its chains' are made from its plans alone: while they are all unchanged, the previous release's
/// files are taken as they are; the files across agencies, while every plan is unchanged. Whatever
/// is made again and comes out the same is linked from the previous release, not written.
/// </summary>
internal sealed class WriteCityData : IBuildStep
{
    public string Stage => "city data";

    public Task RunAsync(BuildContext context)
    {
        var site = context.Site;
        var everyPlanUnchanged = context.AllPlansUnchanged;
        var unchangedAgencies = site.Agencies.Where(a => context.IsAgencyUnchanged(a.Code)).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var chains = site.Chains.All.Where(c => c.RunsAcrossYears).ToList();
        foreach (var chain in chains)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            context.WriteOrReuse(SitePaths.ChainCsv(chain.Id), unchangedAgencies.Contains(chain.AgencyCode), () => CsvFormat.Write(ChainCsv.Header, ChainCsv.Rows(site, chain)));
        }

        // A data package holds at least one resource: a city whose indicators all start this year has no chain files to describe.
        if (chains.Count > 0)
        {
            context.WriteOrReuse(SitePaths.ChainsSchema, everyPlanUnchanged, () => DataPackageJson.WriteSchema(ChainCsv.Fields));
            context.WriteOrReuse(SitePaths.ChainsDataPackage, everyPlanUnchanged, () => DataPackageJson.WriteChains(site, chains.Select(c =>
                ChainCsv.Resource(c, c.Years.Max(y => LastUpdated(site, y.Plan.Slug))) with { SchemaPath = DataPackageJson.ChainSchemaFile })));
        }

        context.WriteOrReuse(SitePaths.AllPlansCsv, everyPlanUnchanged, () => CsvFormat.Write(CityCsv.PlansHeader, CityCsv.PlanRows(site, site.Agencies.SelectMany(a => a.Plans))));
        foreach (var agency in site.Agencies)
        {
            var unchanged = unchangedAgencies.Contains(agency.Code);
            var lastUpdated = agency.Plans.Count == 0 ? default : agency.Plans.Max(p => p.LastUpdatedOn);
            var resources = new List<PackageResource> { CityCsv.PlansResource(lastUpdated), CityCsv.ChainsResource(lastUpdated) };
            context.WriteOrReuse(SitePaths.AgencyPlansCsv(agency.Code), unchanged, () => CsvFormat.Write(CityCsv.PlansHeader, CityCsv.PlanRows(site, agency.Plans)));
            context.WriteOrReuse(SitePaths.AgencyChainsCsv(agency.Code), unchanged, () => CsvFormat.Write(CityCsv.ChainsHeader, CityCsv.ChainRows(site, AgencyPage.ChainsOf(site, agency.Code))));
            var esignature = site.ESignatureYearsOf(agency.Code);
            if (ESignaturePage.ShowsHistory(esignature))
            {
                context.WriteOrReuse(SitePaths.AgencyESignatureCsv(agency.Code), unchanged, () => CsvFormat.Write(CityCsv.ESignatureYearsHeader, CityCsv.ESignatureYearRows(esignature)));
                resources.Add(CityCsv.ESignatureYearsResource(lastUpdated));
            }

            context.WriteOrReuse(SitePaths.AgencyDataPackage(agency.Code), unchanged, () => DataPackageJson.WriteAgency(agency, resources));
        }

        context.Report(Stage, chains.Count, chains.Count);
        return Task.CompletedTask;
    }

    private static DateOnly LastUpdated(SiteInfo site, string slug) => site.Plans.First(p => p.Plan.Slug == slug).LastUpdatedOn;
}
