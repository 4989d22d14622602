using PerformancePlan.Core;
using PerformancePlan.Core.Import;
using PerformancePlan.Core.Import.Seeding;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Generator.Cli;

/// <summary>
/// The database a command works on: the file named by <c>--db</c>, or else the repository's
/// <c>data/portal.db</c>, which is created and filled from <c>content/</c> when it is missing (or
/// holds no plan, as after an interrupted first run).
/// </summary>
public static class DefaultDatabase
{
    public static PlanDatabase Open(string? dbOption, TextWriter output) =>
        Open(dbOption, output, RepositoryPaths.DefaultDatabase, RepositoryPaths.Content);

    /// <summary>The same with the default file and content folder given (tests use a temporary copy).</summary>
    public static PlanDatabase Open(string? dbOption, TextWriter output, string defaultPath, string contentDirectory)
    {
        if (!string.IsNullOrWhiteSpace(dbOption))
        {
            return new PlanDatabase(dbOption);
        }

        var database = new PlanDatabase(defaultPath);
        var existed = database.Exists;
        if (existed && !ContentSeeder.HoldsNoPlan(database))
        {
            return database;
        }

        var seeded = ContentSeeder.SeedIfEmpty(database, contentDirectory, ChangeContext.System(reason: "first run: seeded from content/"));
        if (seeded is not null)
        {
            output.WriteLine(
                $"{(existed ? "filled" : "created")} {database.Path} from {contentDirectory}: plans {string.Join(", ", seeded.PlanSlugs)}; "
                + $"{seeded.Actuals} actuals, {seeded.Exchanges} exchanges, {seeded.ESignatureMonths} e-signature months, {seeded.Pages} pages");
        }

        return database;
    }
}
