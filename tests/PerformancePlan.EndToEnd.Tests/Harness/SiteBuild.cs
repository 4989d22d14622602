using PerformancePlan.Core;
using PerformancePlan.Core.Import.Seeding;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Pipeline;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>Seeds a database from the repository's <c>content/</c> and builds the static site from it with the generator's public API.</summary>
public static class SiteBuild
{
    /// <summary>The date the published test site judges statuses as of: after fiscal year 2018, so its statuses are final.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 30);

    public static async Task SeedAndBuildAsync(PlanDatabase database, string siteDirectory) =>
        await SeedAndBuildAsync(database, siteDirectory, AsOf, null);

    /// <summary>Seeds, lets <paramref name="change"/> alter the data, and builds judging statuses as of <paramref name="asOf"/>.</summary>
    public static async Task SeedAndBuildAsync(PlanDatabase database, string siteDirectory, DateOnly asOf, Action<PlanDatabase>? change)
    {
        var seeded = ContentSeeder.SeedIfEmpty(database, RepositoryPaths.Content, ChangeContext.System(reason: "end-to-end tests"))
            ?? throw new InvalidOperationException($"{database.Path} was not empty; the tests need a fresh database.");
        if (seeded.PlanSlugs.Count == 0)
        {
            throw new InvalidOperationException($"{RepositoryPaths.Content} holds no plan to seed.");
        }

        change?.Invoke(database);

        await SiteBuilder.BuildAsync(new SiteBuildOptions
        {
            Database = database,
            OutputDirectory = siteDirectory,
            WebRootDirectory = RepositoryPaths.WebRoot,
            AsOf = asOf,
        });
    }
}
