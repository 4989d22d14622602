using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Texts;

/// <summary>The plan's agency, vision and tasks, Chinese and English side by side.</summary>
public sealed class IndexModel(PlanTextStore texts) : AdminPageModel
{
    [BindProperty]
    public TextsInput Input { get; set; } = new();

    public IActionResult OnGet()
    {
        var plan = LoadPlan().Plan;
        var edit = PlanTextEdit.Of(plan);
        Input = new()
        {
            AgencyZh = edit.Agency.Zh,
            AgencyEn = edit.Agency.En,
            VisionZh = edit.Vision.Zh,
            VisionEn = edit.Vision.En,
            Tasks = BilingualInput.WithBlank(edit.Tasks.Select(BilingualInput.Of)),
            Version = plan.Version,
        };
        return Page();
    }

    public IActionResult OnPost()
    {
        var plan = LoadPlan().Plan;
        Input.Tasks = BilingualInput.WithBlank(Input.Tasks);
        return Save(
            () => new PlanTextEdit(
                new Bilingual(Input.AgencyZh ?? string.Empty, Input.AgencyEn ?? string.Empty),
                new Bilingual(Input.VisionZh ?? string.Empty, Input.VisionEn ?? string.Empty),
                Input.Tasks.Where(t => !t.IsBlank).Select(t => t.ToBilingual()).ToList()),
            edit => texts.Save(plan.Id, edit, Input.Version, Change()),
            () => RedirectDone("saved"),
            edit => edit.AuditFields(),
            _ => Input.Version = plan.Version);
    }

    protected override string FieldKey(string coreField) =>
        BilingualInput.Key(coreField, "task", nameof(TextsInput.Tasks)) ?? base.FieldKey(coreField);

    public sealed class TextsInput
    {
        public string? AgencyZh { get; set; }

        public string? AgencyEn { get; set; }

        public string? VisionZh { get; set; }

        public string? VisionEn { get; set; }

        public List<BilingualInput> Tasks { get; set; } = [];

        public long Version { get; set; }
    }
}
