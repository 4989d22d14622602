using PerformancePlan.Core.Agencies;
using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Cli;

namespace PerformancePlan.Generator.Tests.Cli;

/// <summary>The sample-city, new-year and import --agency commands, run in-process on temporary databases.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CityCommandsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("pp-city-").FullName;

    private string Db => Path.Combine(directory, "city.db");

    public void Dispose()
    {
        PlanDatabase.ReleaseFiles();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Sample_city_makes_every_agency_a_plan_a_year_all_sample_with_chains_across_the_years()
    {
        var (code, output, _) = await Run(new SampleCityCommand(), "--agencies", "4", "--years", "106-109", "--db", Db);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("4 agencies, 16 plans (ROC 106–109), 240 indicators", output, StringComparison.Ordinal);

        var database = new PlanDatabase(Db);
        var plans = new PlanReader(database).LoadAll();
        Assert.Equal(16, plans.Count);
        Assert.All(plans, p => Assert.True(p.Plan.IsSample));
        Assert.Equal(4, new AgencyStore(database).List().Count);
        Assert.Equal(4, plans.Where(p => p.Plan.AgencyCode == "secretariat").Select(p => p.Plan.RocYear).Distinct().Count());

        var chains = IndicatorChains.Of(plans.Select(p => p.Plan));
        Assert.Contains(chains.All, c => c.Years.Count == 4);
        Assert.Contains(chains.All, c => c.Years.Count < 4);
        var longest = chains.All.First(c => c.Years.Count == 4);
        Assert.Single(longest.Years.Select(y => y.Indicator.Title).Distinct());
        Assert.True(longest.Years[^1].Indicator.TargetValue > longest.Years[0].Indicator.TargetValue);
    }

    [Fact]
    public async Task Sample_city_refuses_a_database_that_exists_and_a_bad_year_range()
    {
        await File.WriteAllTextAsync(Db, string.Empty);
        var (code, _, error) = await Run(new SampleCityCommand(), "--db", Db);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("exists", error, StringComparison.Ordinal);
        await Assert.ThrowsAsync<UsageException>(() => Run(new SampleCityCommand(), "--years", "111-105", "--db", Path.Combine(directory, "b.db")));
    }

    [Fact]
    public async Task New_year_starts_next_years_plan_and_an_import_with_agency_names_the_agency()
    {
        var seed = Path.Combine(PerformancePlan.Core.RepositoryPaths.Content, "plans", "107-secretariat", "plan.zh-TW.md");
        var (imported, importOutput, _) = await Run(new ImportCommand(), seed, "--agency", "general-affairs", "--db", Db);
        Assert.Equal(ExitCodes.Ok, imported);
        Assert.Contains("agency code:  general-affairs", importOutput, StringComparison.Ordinal);

        var (code, output, _) = await Run(new NewYearCommand(), "107-secretariat", "--year", "108", "--db", Db);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("created plan 108-general-affairs from 107-secretariat", output, StringComparison.Ordinal);
        var plan = new PlanReader(new PlanDatabase(Db)).Load("108-general-affairs")!.Plan;
        Assert.All(plan.Indicators, i => Assert.NotNull(i.ContinuesId));

        var (again, _, error) = await Run(new NewYearCommand(), "107-secretariat", "--year", "110", "--db", Db);
        Assert.Equal(ExitCodes.BadInput, again);
        Assert.Contains("error: year:", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> Run(ICommand command, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await command.RunAsync(new CommandArguments(args), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
