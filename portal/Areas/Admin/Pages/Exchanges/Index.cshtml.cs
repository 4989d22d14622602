using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Exchanges;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Exchanges;

/// <summary>The exchange log, filtered by kind and year.</summary>
public sealed class IndexModel : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public IReadOnlyList<Exchange> Entries { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public int Total { get; private set; }

    public void OnGet()
    {
        var all = LoadPlan().Exchanges;
        Total = all.Count;
        Years = all.Select(e => e.Date.Year).Distinct().OrderDescending().ToList();
        var kindFilter = ExchangeKinds.TryParse(Kind, out var k) ? k : (ExchangeKind?)null;
        Entries = all.Where(e => (kindFilter is null || e.Kind == kindFilter) && (Year is null || e.Date.Year == Year)).ToList();
    }
}
