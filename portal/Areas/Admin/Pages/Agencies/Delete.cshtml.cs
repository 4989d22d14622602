using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Agencies;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Agencies;

/// <summary>
/// Asks before deleting an agency (<c>?code=</c>), listing its plans; the POST deletes it when it has
/// none, and is refused naming them when it has some (Core's <see cref="Agency.CheckDeletion"/>).
/// </summary>
public sealed class DeleteModel(AgencyStore agencies) : AdminPageModel
{
    /// <summary>The id of the list of the agency's plans, where the refusal's error points.</summary>
    public const string PlansId = "agency-plans";

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    [BindProperty]
    public VersionInput Input { get; set; } = new();

    public Agency? Agency { get; private set; }

    public IReadOnlyList<string> AgencyPlans { get; private set; } = [];

    /// <summary>Why the agency cannot be deleted as it stands (empty when it can).</summary>
    public IReadOnlyList<PerformancePlan.Core.FieldError> Refusal => Agency is null ? [] : Agency.CheckDeletion(Agency.Code, AgencyPlans);

    public IActionResult OnGet()
    {
        if (!Load())
        {
            return NotFound();
        }

        Input.Version = Agency!.Version;
        return Page();
    }

    public IActionResult OnPost()
    {
        if (!Load())
        {
            return RedirectDoneTo("Index", "deleted");
        }

        return Save(
            () => Agency,
            agency => agencies.Delete(agency.Code, Input.Version, Change()),
            () => RedirectDoneTo("Index", "deleted"),
            AgencyStore.AuditFields,
            current => Input.Version = current?.Version ?? Input.Version);
    }

    /// <summary>The refusal names the agency's plans: it points at their list, the one thing on this page it is about.</summary>
    protected override string FieldKey(string coreField) => coreField == "plans" ? PlansId : base.FieldKey(coreField);

    private bool Load()
    {
        Agency = string.IsNullOrEmpty(Code) ? null : agencies.Find(Code);
        AgencyPlans = Agency is null ? [] : agencies.PlansOf(Agency.Code);
        return Agency is not null;
    }
}
