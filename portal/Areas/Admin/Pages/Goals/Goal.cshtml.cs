using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Goals;

/// <summary>Edits one strategic goal: title, weight, items.</summary>
public sealed class GoalModel(GoalStore goals) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    [BindProperty]
    public GoalInput Input { get; set; } = new();

    public int Ordinal { get; private set; }

    public IActionResult OnGet()
    {
        var goal = Find();
        if (goal is null)
        {
            return NotFound();
        }

        Input = new()
        {
            TitleZh = goal.Title.Zh,
            TitleEn = goal.Title.En,
            WeightPercent = FormValues.Number(goal.WeightPercent),
            Items = BilingualInput.WithBlank(goal.Items.Select(i => BilingualInput.Of(i.Text))),
            Version = goal.Version,
        };
        return Page();
    }

    public IActionResult OnPost()
    {
        var goal = Find();
        if (goal is null)
        {
            return NotFound();
        }

        Input.Items = BilingualInput.WithBlank(Input.Items);
        return Save(
            () => ReadDecimal(Input.WeightPercent) is { } weight
                ? new GoalEdit(Id, new Bilingual(Input.TitleZh ?? string.Empty, Input.TitleEn ?? string.Empty), weight, Input.Items.Where(i => !i.IsBlank).Select(i => i.ToBilingual()).ToList(), Input.Version)
                : null,
            edit => goals.Update(CurrentPlan!.Id, edit, Change()),
            () => RedirectDoneTo("Index", "saved"),
            edit => edit.AuditFields(),
            current => Input.Version = current?.Version ?? goal.Version);
    }

    protected override string FieldKey(string coreField) =>
        BilingualInput.Key(coreField, "item", nameof(GoalInput.Items)) ?? base.FieldKey(coreField);

    private StrategicGoal? Find()
    {
        var goal = LoadPlan().Plan.Goals.FirstOrDefault(g => g.Id == Id);
        Ordinal = goal?.Ordinal ?? 0;
        return goal;
    }

    public sealed class GoalInput
    {
        public string? TitleZh { get; set; }

        public string? TitleEn { get; set; }

        public string? WeightPercent { get; set; }

        public List<BilingualInput> Items { get; set; } = [];

        public long Version { get; set; }
    }
}
