using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Budget;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Budget;

/// <summary>Asks before deleting a budget line; the POST deletes it.</summary>
public sealed class DeleteModel(BudgetStore budget) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    [BindProperty]
    public VersionInput Input { get; set; } = new();

    public BudgetLine? Line { get; private set; }

    public IActionResult OnGet()
    {
        Line = LoadPlan().BudgetLines.FirstOrDefault(l => l.Id == Id);
        Input.Version = Line?.Version ?? 0;
        return Line is null ? NotFound() : Page();
    }

    public IActionResult OnPost()
    {
        Line = LoadPlan().BudgetLines.FirstOrDefault(l => l.Id == Id);
        if (Line is null)
        {
            return RedirectDoneTo("Index", "deleted");
        }

        return Save(
            () => Line,
            line => budget.Delete(CurrentPlan!.Id, line.Id, Input.Version, Change()),
            () => RedirectDoneTo("Index", "deleted"),
            BudgetRules.AuditFields,
            current => Input.Version = current?.Version ?? Input.Version);
    }
}
