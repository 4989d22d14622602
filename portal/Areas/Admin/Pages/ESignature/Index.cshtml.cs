using PerformancePlan.Core.ESignature;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.ESignature;

public sealed class IndexModel : AdminPageModel
{
    public IReadOnlyList<ESignatureMonth> Months { get; private set; } = [];

    /// <summary>The target of the indicator the months compute, read from the indicator.</summary>
    public decimal? Target { get; private set; }

    public void OnGet()
    {
        var snapshot = LoadPlan();
        Months = snapshot.ESignatureMonths;
        Target = snapshot.Plan.Indicators.FirstOrDefault(i => i.Aggregation == PerformancePlan.Core.Plans.IndicatorAggregation.Ratio)?.TargetValue;
    }
}
