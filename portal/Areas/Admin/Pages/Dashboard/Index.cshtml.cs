using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Portal.Areas.Admin.Forms;
using PerformancePlan.Portal.Publishing;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Dashboard;

/// <summary>The plans, the overdue indicators, what changed since the last publish, the last publish.</summary>
public sealed class IndexModel(ReleaseStore releases, AuditQuery audit) : AdminPageModel
{
    public PlanSnapshot? Snapshot { get; private set; }

    public Release? LastRelease { get; private set; }

    public IReadOnlyList<AuditEntry> Changes { get; private set; } = [];

    /// <summary>The plan's figures as of today: the overdue indicators are the editors' to-do list.</summary>
    public PlanFigures? Figures { get; private set; }

    public void OnGet()
    {
        Snapshot = TryLoadPlan();
        Figures = Snapshot is null ? null : PlanFigures.Of(Snapshot, Today);

        LastRelease = releases.Current();
        Changes = audit.Since(LastRelease?.CreatedAt, 50);
    }
}
