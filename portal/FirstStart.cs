using Microsoft.Extensions.Options;
using PerformancePlan.Core;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Portal.Auth;
using PerformancePlan.Portal.Publishing;

namespace PerformancePlan.Portal;

/// <summary>
/// Before the portal takes requests: serve the current release; on a first start with an empty
/// database create the plan from the content directory and publish, so a newcomer sees the site at once.
/// </summary>
public sealed class FirstStart(
    PlanDatabase database,
    PlanReader plans,
    IEnumerable<IContentSeeder> seeders,
    Publisher publisher,
    ReleaseStore releases,
    SessionStore sessions,
    IOptions<PortalOptions> options,
    TimeProvider clock,
    ILogger<FirstStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        using (database.Open())
        {
        }

        sessions.Prune(clock.GetUtcNow() - TimeSpan.FromMinutes(o.IdleTimeoutMinutes));
        publisher.LoadCurrent();
        if (!o.SeedOnFirstStart)
        {
            return;
        }

        foreach (var seeder in seeders)
        {
            if (seeder.SeedIfEmpty(database, o.ContentDirectory, ChangeContext.System(clock, "first start")))
            {
                Log.Seeded(logger, o.ContentDirectory);
            }
        }

        if (releases.Current() is null && plans.ListPlans().Count > 0)
        {
            var release = await publisher.PublishAsync("system", cancellationToken);
            Log.FirstRelease(logger, release.Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Creates the plan from the content directory when the database holds none; true when it did.</summary>
public interface IContentSeeder
{
    bool SeedIfEmpty(PlanDatabase database, string contentDirectory, ChangeContext context);
}
