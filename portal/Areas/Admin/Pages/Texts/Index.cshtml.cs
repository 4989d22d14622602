using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Texts;

/// <summary>The plan's agency, vision and tasks, Chinese and English side by side.</summary>
public sealed class IndexModel : AdminPageModel
{
    public PlanTextEdit Texts { get; private set; } = new(Bilingual.Empty, Bilingual.Empty, []);

    [BindProperty(Name = "version")]
    public long Version { get; set; }

    public IActionResult OnGet()
    {
        var plan = LoadPlan().Plan;
        Texts = PlanTextEdit.Of(plan);
        Version = plan.Version;
        return Page();
    }

    public IActionResult OnPost()
    {
        var plan = LoadPlan().Plan;
        Texts = FromForm();
        try
        {
            new PlanTextStore(Database).Save(plan.Id, Texts, Version, Change());
            return RedirectDone("saved");
        }
        catch (ValidationException ex)
        {
            Errors.Add(ex.Errors, Lang);
        }
        catch (ConcurrencyConflictException ex)
        {
            ShowConflict(ex, (ex.Current as PlanTextEdit)?.AuditFields(), Texts.AuditFields());
            Version = plan.Version;
        }

        return Page();
    }

    private PlanTextEdit FromForm()
    {
        var form = Request.Form;
        var tasks = new List<Bilingual>();
        for (var n = 1; n <= 100; n++)
        {
            if (!form.ContainsKey($"task_{n}_zh"))
            {
                break;
            }

            var task = new Bilingual(form[$"task_{n}_zh"].ToString(), form[$"task_{n}_en"].ToString());
            if (!string.IsNullOrWhiteSpace(task.Zh) || !string.IsNullOrWhiteSpace(task.En))
            {
                tasks.Add(task);
            }
        }

        return new PlanTextEdit(
            new Bilingual(form["agency_zh"].ToString(), form["agency_en"].ToString()),
            new Bilingual(form["vision_zh"].ToString(), form["vision_en"].ToString()),
            tasks);
    }
}
