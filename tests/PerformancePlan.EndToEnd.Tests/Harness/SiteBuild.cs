using PerformancePlan.Core.Store;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>Seeds a database from the repository's content and builds the static site from it with the generator's public API.</summary>
public static class SiteBuild
{
    public static Task SeedAndBuildAsync(PlanDatabase database, string siteDirectory) =>
        throw new NotSupportedException($"{database.Path} {siteDirectory}");
}
