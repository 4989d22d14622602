using PerformancePlan.Core.ESignature;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.ESignature;

public sealed class IndexModel : AdminPageModel
{
    public IReadOnlyList<ESignatureMonth> Months { get; private set; } = [];

    public void OnGet() => Months = LoadPlan().ESignatureMonths;
}
