using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Links;

/// <summary>
/// A plan's indicators beside the indicators of the same agency's previous-year plan they continue:
/// proposed links are confirmed here, and new proposals made for unlinked indicators.
/// </summary>
public sealed class IndexModel(IndicatorLinkStore links) : AdminPageModel
{
    /// <summary>The id of the propose button, where an error proposing links points.</summary>
    public const string ProposeId = "propose-links";

    /// <summary>Where an error about one indicator's link points: the row's link to change it (the page has no form fields).</summary>
    private string? errorTarget;

    /// <summary>The id of an indicator's "change" link in its row.</summary>
    public static string ChangeId(long indicator) => "change-" + indicator.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public PlanSnapshot? Snapshot { get; private set; }

    public PlanSnapshot? Previous { get; private set; }

    public IActionResult OnGet()
    {
        Load();
        return Page();
    }

    public IActionResult OnPostConfirm(long indicator)
    {
        Load();
        if (Snapshot is null || Snapshot.Plan.Indicators.All(i => i.Id != indicator))
        {
            return NotFound();
        }

        errorTarget = ChangeId(indicator);
        return Save(
            () => new LinkChoice(indicator, null),
            choice => links.Confirm(choice.IndicatorId, Change()),
            () => RedirectDone("confirmed"),
            LinkChoice.AuditFields);
    }

    public IActionResult OnPostPropose()
    {
        Load();
        if (Snapshot?.Plan is not { } current)
        {
            return NotFound();
        }

        errorTarget = ProposeId;
        return Save(
            () => current,
            plan => links.Propose(plan.Slug, Change()),
            () => RedirectDone("proposed"),
            _ => new Dictionary<string, string?>());
    }

    /// <summary>Core names the link's fields (<c>continues</c>), which this page has no input for: its errors point at what the editor acts on here.</summary>
    protected override string FieldKey(string coreField) => errorTarget ?? base.FieldKey(coreField);

    /// <summary>The indicator of last year's plan an indicator continues, or null.</summary>
    public Indicator? Continued(Indicator indicator) =>
        indicator.ContinuesId is { } id ? Previous?.Plan.Indicators.FirstOrDefault(i => i.Id == id) : null;

    private void Load()
    {
        Snapshot = TryLoadPlan();
        Previous = Snapshot is null ? null : links.PreviousYear(Snapshot.Plan);
    }
}
