using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Budget;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Budget;

/// <summary>Asks before deleting a budget line; the POST deletes it.</summary>
public sealed class DeleteModel : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    public BudgetLine? Line { get; private set; }

    public IActionResult OnGet()
    {
        Line = LoadPlan().BudgetLines.FirstOrDefault(l => l.Id == Id);
        return Line is null ? NotFound() : Page();
    }

    public IActionResult OnPost(long version)
    {
        Line = LoadPlan().BudgetLines.FirstOrDefault(l => l.Id == Id);
        if (Line is null)
        {
            return RedirectDoneTo("Index", "deleted");
        }

        try
        {
            new BudgetStore(Database).Delete(CurrentPlan!.Id, Id, version, Change());
            return RedirectDoneTo("Index", "deleted");
        }
        catch (ConcurrencyConflictException ex)
        {
            ShowConflict(ex, ex.Current is BudgetLine b ? BudgetStore.AuditFields(b) : null, BudgetStore.AuditFields(Line));
            return Page();
        }
    }
}
