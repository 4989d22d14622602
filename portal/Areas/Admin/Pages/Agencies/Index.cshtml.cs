using PerformancePlan.Core;
using PerformancePlan.Core.Agencies;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Agencies;

/// <summary>The city's agencies with how many plans each has, and the city's name.</summary>
public sealed class IndexModel(AgencyStore agencies, CityNameStore city) : AdminPageModel
{
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public IReadOnlyDictionary<string, int> PlanCounts { get; private set; } = new Dictionary<string, int>();

    public Bilingual City { get; private set; } = Bilingual.Empty;

    public void OnGet()
    {
        Agencies = agencies.List();
        PlanCounts = agencies.PlanCounts();
        City = city.Read();
    }
}
