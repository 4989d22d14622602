using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Budget;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Budget;

/// <summary>Creates a budget line (no id) or edits one (<c>?id=</c>).</summary>
public sealed class EditModel(BudgetStore budget) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    [BindProperty]
    public BudgetLineInput Input { get; set; } = new();

    public IActionResult OnGet()
    {
        var snapshot = LoadPlan();
        if (Id == 0)
        {
            return Page();
        }

        var line = snapshot.BudgetLines.FirstOrDefault(l => l.Id == Id);
        if (line is null)
        {
            return NotFound();
        }

        Input = BudgetLineInput.Of(line);
        return Page();
    }

    public IActionResult OnPost()
    {
        var snapshot = LoadPlan();
        if (Id != 0 && snapshot.BudgetLines.All(l => l.Id != Id))
        {
            return NotFound();
        }

        return Save(
            Read,
            line =>
            {
                if (Id == 0)
                {
                    budget.Create(line, Change());
                }
                else
                {
                    budget.Update(line, Change());
                }
            },
            () => RedirectDoneTo("Index", Id == 0 ? "created" : "saved"),
            BudgetRules.AuditFields,
            current => Input.Version = current?.Version ?? Input.Version);
    }

    private BudgetLine? Read()
    {
        var programme = ReadInt(Input.ProgrammeOrdinal);
        var amount = ReadDecimal(Input.AmountThousandNtd);
        return programme is null || amount is null ? null : new BudgetLine
        {
            Id = Id,
            PlanId = CurrentPlan!.Id,
            Ordinal = 0,
            ProgrammeOrdinal = programme.Value,
            ProgrammeTitle = new Bilingual(Input.ProgrammeTitleZh ?? string.Empty, Input.ProgrammeTitleEn ?? string.Empty),
            Items = new Bilingual(Input.ItemsZh ?? string.Empty, Input.ItemsEn ?? string.Empty),
            AmountThousandNtd = amount.Value,
            Note = new Bilingual(Input.NoteZh ?? string.Empty, Input.NoteEn ?? string.Empty),
            Version = Input.Version,
        };
    }

    public sealed class BudgetLineInput
    {
        public string? ProgrammeOrdinal { get; set; }

        public string? ProgrammeTitleZh { get; set; }

        public string? ProgrammeTitleEn { get; set; }

        public string? ItemsZh { get; set; }

        public string? ItemsEn { get; set; }

        public string? AmountThousandNtd { get; set; }

        public string? NoteZh { get; set; }

        public string? NoteEn { get; set; }

        public long Version { get; set; }

        public static BudgetLineInput Of(BudgetLine line)
        {
            var fields = BudgetRules.AuditFields(line);
            return new()
            {
                ProgrammeOrdinal = fields["programme_ordinal"],
                ProgrammeTitleZh = fields["programme_title_zh"],
                ProgrammeTitleEn = fields["programme_title_en"],
                ItemsZh = fields["items_zh"],
                ItemsEn = fields["items_en"],
                AmountThousandNtd = fields["amount_thousand_ntd"],
                NoteZh = fields["note_zh"],
                NoteEn = fields["note_en"],
                Version = line.Version,
            };
        }
    }
}
