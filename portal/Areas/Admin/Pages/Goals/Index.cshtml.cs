using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Goals;

public sealed class IndexModel : AdminPageModel
{
    public Plan? Plan { get; private set; }

    public void OnGet() => Plan = LoadPlan().Plan;
}
