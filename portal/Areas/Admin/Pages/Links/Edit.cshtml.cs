using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Links;

/// <summary>
/// Which indicator of the same agency's previous-year plan one indicator continues (<c>?indicator=</c>):
/// chosen from that plan's indicators, or none. Saving confirms the choice.
/// </summary>
public sealed class EditModel(IndicatorLinkStore links) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "indicator")]
    public long IndicatorId { get; set; }

    [BindProperty]
    public LinkInput Input { get; set; } = new();

    public Indicator? Indicator { get; private set; }

    public PlanSnapshot? Previous { get; private set; }

    public IActionResult OnGet()
    {
        if (!Load())
        {
            return NotFound();
        }

        Input.Continues = Indicator!.ContinuesId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        return Page();
    }

    public IActionResult OnPost()
    {
        if (!Load())
        {
            return NotFound();
        }

        return Save(
            Read,
            choice => links.Choose(choice.IndicatorId, choice.ContinuesId, Change()),
            () => RedirectDoneTo("Index", "saved"),
            LinkChoice.AuditFields);
    }

    private LinkChoice? Read()
    {
        if (string.IsNullOrWhiteSpace(Input.Continues))
        {
            return new LinkChoice(IndicatorId, null);
        }

        var continues = ReadInt(Input.Continues);
        return continues is null ? null : new LinkChoice(IndicatorId, continues);
    }

    private bool Load()
    {
        var snapshot = TryLoadPlan();
        Indicator = snapshot?.Plan.Indicators.FirstOrDefault(i => i.Id == IndicatorId);
        Previous = Indicator is null ? null : links.PreviousYear(snapshot!.Plan);
        return Indicator is not null;
    }

    public sealed class LinkInput
    {
        public string? Continues { get; set; }
    }
}
