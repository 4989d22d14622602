using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Budget;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Budget;

/// <summary>Creates a budget line (no id) or edits one (<c>?id=</c>).</summary>
public sealed class EditModel : AdminPageModel
{
    private static readonly string[] Names =
        ["programme_ordinal", "programme_title_zh", "programme_title_en", "items_zh", "items_en", "amount_thousand_ntd", "note_zh", "note_en", "version"];

    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    public Dictionary<string, string?> Values { get; private set; } = [];

    public IActionResult OnGet()
    {
        var snapshot = LoadPlan();
        if (Id == 0)
        {
            Values["version"] = "0";
            return Page();
        }

        var line = snapshot.BudgetLines.FirstOrDefault(l => l.Id == Id);
        if (line is null)
        {
            return NotFound();
        }

        Values = BudgetStore.AuditFields(line);
        Values["version"] = line.Version.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public IActionResult OnPost()
    {
        var snapshot = LoadPlan();
        if (Id != 0 && snapshot.BudgetLines.All(l => l.Id != Id))
        {
            return NotFound();
        }

        Values = ReadForm(Names);

        var programme = FormValues.Int(Errors, "programme_ordinal", Values["programme_ordinal"], Label("programme_ordinal"), T);
        var amount = FormValues.Decimal(Errors, "amount_thousand_ntd", Values["amount_thousand_ntd"], Label("amount_thousand_ntd"), T);
        if (Errors.Any)
        {
            return Page();
        }

        var line = new BudgetLine
        {
            Id = Id,
            PlanId = CurrentPlan!.Id,
            Ordinal = 0,
            ProgrammeOrdinal = programme!.Value,
            ProgrammeTitle = new Bilingual(Values["programme_title_zh"]!, Values["programme_title_en"]!),
            Items = new Bilingual(Values["items_zh"]!, Values["items_en"]!),
            AmountThousandNtd = amount!.Value,
            Note = new Bilingual(Values["note_zh"]!, Values["note_en"]!),
            Version = FormValues.Version(Values["version"]),
        };
        var store = new BudgetStore(Database);
        try
        {
            if (Id == 0)
            {
                store.Create(line, Change());
                return RedirectDoneTo("Index", "created");
            }

            store.Update(line, Change());
            return RedirectDoneTo("Index", "saved");
        }
        catch (ValidationException ex)
        {
            Errors.Add(ex.Errors, Lang);
        }
        catch (ConcurrencyConflictException ex)
        {
            var current = ex.Current as BudgetLine;
            ShowConflict(ex, current is null ? null : BudgetStore.AuditFields(current), BudgetStore.AuditFields(line));
            Values["version"] = (current?.Version ?? line.Version).ToString(CultureInfo.InvariantCulture);
        }

        return Page();
    }
}
