using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Goals;

/// <summary>Edits one strategic goal: title, weight, items.</summary>
public sealed class GoalModel : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    public int Ordinal { get; private set; }

    public Bilingual Title { get; private set; } = Bilingual.Empty;

    public string? Weight { get; private set; }

    public IReadOnlyList<Bilingual> Items { get; private set; } = [];

    public long Version { get; private set; }

    public IActionResult OnGet()
    {
        var goal = LoadPlan().Plan.Goals.FirstOrDefault(g => g.Id == Id);
        if (goal is null)
        {
            return NotFound();
        }

        Ordinal = goal.Ordinal;
        Title = goal.Title;
        Weight = FormValues.Number(goal.WeightPercent);
        Items = goal.Items.Select(i => i.Text).ToList();
        Version = goal.Version;
        return Page();
    }

    public IActionResult OnPost()
    {
        var plan = LoadPlan().Plan;
        var goal = plan.Goals.FirstOrDefault(g => g.Id == Id);
        if (goal is null)
        {
            return NotFound();
        }

        var form = Request.Form;
        Ordinal = goal.Ordinal;
        Title = new Bilingual(form["title_zh"].ToString(), form["title_en"].ToString());
        Weight = form["weight_percent"].ToString();
        Version = FormValues.Version(form["version"]);
        var items = new List<Bilingual>();
        for (var n = 1; form.ContainsKey($"item_{n}_zh"); n++)
        {
            var item = new Bilingual(form[$"item_{n}_zh"].ToString(), form[$"item_{n}_en"].ToString());
            if (!string.IsNullOrWhiteSpace(item.Zh) || !string.IsNullOrWhiteSpace(item.En))
            {
                items.Add(item);
            }
        }

        Items = items;
        var weight = FormValues.Decimal(Errors, "weight_percent", Weight, Label("weight_percent"), T);
        if (Errors.Any)
        {
            return Page();
        }

        var edit = new GoalEdit(Id, Title, weight!.Value, Items, Version);
        try
        {
            new GoalStore(Database).Update(plan.Id, edit, Change());
            return RedirectDoneTo("Index", "saved");
        }
        catch (ValidationException ex)
        {
            Errors.Add(ex.Errors, Lang);
        }
        catch (ConcurrencyConflictException ex)
        {
            ShowConflict(ex, (ex.Current as GoalEdit)?.AuditFields(), edit.AuditFields());
            Version = goal.Version;
        }

        return Page();
    }
}
