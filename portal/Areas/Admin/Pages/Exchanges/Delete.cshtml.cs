using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Exchanges;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Exchanges;

/// <summary>Asks before deleting an exchange entry; the POST deletes it.</summary>
public sealed class DeleteModel(ExchangeStore exchanges) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    [BindProperty]
    public VersionInput Input { get; set; } = new();

    public Exchange? Entry { get; private set; }

    public IActionResult OnGet()
    {
        Entry = LoadPlan().Exchanges.FirstOrDefault(e => e.Id == Id);
        Input.Version = Entry?.Version ?? 0;
        return Entry is null ? NotFound() : Page();
    }

    public IActionResult OnPost()
    {
        Entry = LoadPlan().Exchanges.FirstOrDefault(e => e.Id == Id);
        if (Entry is null)
        {
            return RedirectDoneTo("Index", "deleted");
        }

        return Save(
            () => Entry,
            entry => exchanges.Delete(CurrentPlan!.Id, entry.Id, Input.Version, Change()),
            () => RedirectDoneTo("Index", "deleted"),
            entry => entry.AuditFields(),
            current => Input.Version = current?.Version ?? Input.Version);
    }
}
