using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Budget;

public sealed class IndexModel : AdminPageModel
{
    public PlanSnapshot? Snapshot { get; private set; }

    public void OnGet() => Snapshot = LoadPlan();
}
