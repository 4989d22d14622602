using PerformancePlan.Core;
using PerformancePlan.Core.Import;
using PerformancePlan.Core.Import.Seeding;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Portal.Publishing;

/// <summary>The importer's seeder: every plan and page text under <c>content/</c>, into an empty database.</summary>
public sealed class ContentDirectorySeeder : IContentSeeder
{
    public bool SeedIfEmpty(PlanDatabase database, string contentDirectory, ChangeContext context) =>
        ContentSeeder.SeedIfEmpty(database, contentDirectory, context) is not null;
}
