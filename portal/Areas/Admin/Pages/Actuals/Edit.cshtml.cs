using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Actuals;

/// <summary>The actual of one indicator for one period: value, note, source, date reported.</summary>
public sealed class EditModel(ActualStore actuals) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "indicator")]
    public long IndicatorId { get; set; }

    [BindProperty(SupportsGet = true, Name = "period")]
    public string? PeriodText { get; set; }

    [BindProperty]
    public ActualInput Input { get; set; } = new();

    public Indicator? Indicator { get; private set; }

    public Period Period { get; private set; }

    /// <summary>Achievement of the value shown, computed on the server.</summary>
    public decimal? Achievement { get; private set; }

    public IActionResult OnGet()
    {
        if (!Load())
        {
            return NotFound();
        }

        var actual = Indicator!.Actuals.FirstOrDefault(a => a.Period == Period);
        Input = actual is null ? new() { ReportedOn = FormValues.Date(Today) } : ActualInput.Of(actual);
        Achievement = actual is null ? null : PlanFigures.Achievement(Indicator, actual.Value);
        return Page();
    }

    public IActionResult OnPost()
    {
        if (!Load())
        {
            return NotFound();
        }

        return Save(
            () =>
            {
                var value = ReadDecimal(Input.Value);
                var reportedOn = ReadDate(Input.ReportedOn);
                Achievement = value is null ? null : PlanFigures.Achievement(Indicator!, value.Value);
                return value is null || reportedOn is null ? null : new Actual
                {
                    IndicatorId = Indicator!.Id,
                    Period = Period,
                    Value = value.Value,
                    Note = new Bilingual(Input.NoteZh ?? string.Empty, Input.NoteEn ?? string.Empty),
                    Source = Input.Source ?? string.Empty,
                    ReportedOn = reportedOn.Value,
                };
            },
            actual => actuals.Save(CurrentPlan!.Id, actual, Input.Version, Change()),
            () => RedirectDoneTo("Index", "saved"),
            actual => ActualInput.Of(actual).Fields(),
            current => Input.Version = current?.Version ?? 0);
    }

    private bool Load()
    {
        var plan = LoadPlan().Plan;
        Indicator = plan.Indicators.FirstOrDefault(i => i.Id == IndicatorId);
        if (Indicator is null || !Period.TryParse(PeriodText, out var period))
        {
            return false;
        }

        Period = period;
        return true;
    }

    public sealed class ActualInput
    {
        public string? Value { get; set; }

        [StringLength(ActualRules.MaxNoteLength)]
        public string? NoteZh { get; set; }

        [StringLength(ActualRules.MaxNoteLength)]
        public string? NoteEn { get; set; }

        [StringLength(ActualRules.MaxSourceLength)]
        public string? Source { get; set; }

        public string? ReportedOn { get; set; }

        public long Version { get; set; }

        public static ActualInput Of(Actual a) => new()
        {
            Value = FormValues.Number(a.Value),
            NoteZh = a.Note.Zh,
            NoteEn = a.Note.En,
            Source = a.Source,
            ReportedOn = FormValues.Date(a.ReportedOn),
            Version = a.Version,
        };

        public Dictionary<string, string?> Fields() => new()
        {
            ["value"] = Value,
            ["note_zh"] = NoteZh,
            ["note_en"] = NoteEn,
            ["source"] = Source,
            ["reported_on"] = ReportedOn,
        };
    }
}
