using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Exchanges;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Exchanges;

/// <summary>Asks before deleting an exchange entry; the POST deletes it.</summary>
public sealed class DeleteModel : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    public Exchange? Entry { get; private set; }

    public IActionResult OnGet()
    {
        Entry = LoadPlan().Exchanges.FirstOrDefault(e => e.Id == Id);
        return Entry is null ? NotFound() : Page();
    }

    public IActionResult OnPost(long version)
    {
        Entry = LoadPlan().Exchanges.FirstOrDefault(e => e.Id == Id);
        if (Entry is null)
        {
            return RedirectDoneTo("Index", "deleted");
        }

        try
        {
            new ExchangeStore(Database).Delete(CurrentPlan!.Id, Id, version, Change());
            return RedirectDoneTo("Index", "deleted");
        }
        catch (ConcurrencyConflictException ex)
        {
            var yours = Entry.AuditFields();
            ShowConflict(ex, (ex.Current as Exchange)?.AuditFields(), yours);
            return Page();
        }
    }

    public string Version => Entry?.Version.ToString(CultureInfo.InvariantCulture) ?? "0";
}
