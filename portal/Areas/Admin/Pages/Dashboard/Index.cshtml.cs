using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Portal.Areas.Admin.Forms;
using PerformancePlan.Portal.Publishing;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Dashboard;

/// <summary>The plans, what changed since the last publish, indicators missing the latest period, the last publish.</summary>
public sealed class IndexModel(ReleaseStore releases, AuditQuery audit) : AdminPageModel
{
    public PlanSnapshot? Snapshot { get; private set; }

    public Release? LastRelease { get; private set; }

    public IReadOnlyList<AuditEntry> Changes { get; private set; } = [];

    public Period? LatestPeriod { get; private set; }

    public IReadOnlyList<Indicator> Missing { get; private set; } = [];

    public void OnGet()
    {
        Snapshot = TryLoadPlan();
        if (Snapshot is not null)
        {
            var reported = Snapshot.Plan.Indicators.SelectMany(i => i.Actuals).Select(a => a.Period).ToList();
            LatestPeriod = reported.Count == 0 ? null : reported.Max();
            Missing = Snapshot.Plan.Indicators
                .Where(i => LatestPeriod is null || i.Actuals.All(a => a.Period != LatestPeriod))
                .ToList();
        }

        LastRelease = releases.Current();
        Changes = audit.Since(LastRelease?.CreatedAt, 50);
    }
}
