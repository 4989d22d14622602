using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Actuals;

/// <summary>The actual of one indicator for one period: value, note, source, date reported.</summary>
public sealed class EditModel : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "indicator")]
    public long IndicatorId { get; set; }

    [BindProperty(SupportsGet = true, Name = "period")]
    public string? PeriodText { get; set; }

    public Indicator? Indicator { get; private set; }

    public Period Period { get; private set; }

    public Dictionary<string, string?> Values { get; private set; } = [];

    /// <summary>Achievement of the value shown, computed on the server.</summary>
    public decimal? Achievement { get; private set; }

    public IActionResult OnGet()
    {
        if (!Load())
        {
            return NotFound();
        }

        var actual = Indicator!.Actuals.FirstOrDefault(a => a.Period == Period);
        Values["value"] = actual is null ? string.Empty : FormValues.Number(actual.Value);
        Values["note_zh"] = actual?.Note.Zh;
        Values["note_en"] = actual?.Note.En;
        Values["source"] = actual?.Source;
        Values["reported_on"] = (actual?.ReportedOn ?? DateOnly.FromDateTime(Clock.GetLocalNow().Date)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Values["version"] = (actual?.Version ?? 0).ToString(CultureInfo.InvariantCulture);
        Achievement = actual is null ? null : PerformancePlan.Core.Figures.PlanFigures.Achievement(Indicator, actual.Value);
        return Page();
    }

    public IActionResult OnPost()
    {
        if (!Load())
        {
            return NotFound();
        }

        var form = Request.Form;
        foreach (var name in new[] { "value", "note_zh", "note_en", "source", "reported_on", "version" })
        {
            Values[name] = form[name].ToString();
        }

        var value = FormValues.Decimal(Errors, "value", Values["value"], Label("value"), T);
        var reportedOn = FormValues.Date(Errors, "reported_on", Values["reported_on"], Label("reported_on"), T);
        Achievement = value is null ? null : PerformancePlan.Core.Figures.PlanFigures.Achievement(Indicator!, value.Value);
        if (Errors.Any)
        {
            return Page();
        }

        var actual = new Actual
        {
            IndicatorId = Indicator!.Id,
            Period = Period,
            Value = value!.Value,
            Note = new Bilingual(Values["note_zh"]!, Values["note_en"]!),
            Source = Values["source"]!,
            ReportedOn = reportedOn!.Value,
        };
        var version = FormValues.Version(Values["version"]);
        try
        {
            new ActualStore(Database).Save(CurrentPlan!.Id, actual, version, Change());
            return RedirectDoneTo("Index", "saved");
        }
        catch (ValidationException ex)
        {
            Errors.Add(ex.Errors, Lang);
        }
        catch (ConcurrencyConflictException ex)
        {
            var current = ex.Current as Actual;
            ShowConflict(ex, current is null ? null : Fields(current), Fields(actual));
            Values["version"] = (current?.Version ?? 0).ToString(CultureInfo.InvariantCulture);
        }

        return Page();
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

    private static Dictionary<string, string?> Fields(Actual a) => new()
    {
        ["value"] = FormValues.Number(a.Value),
        ["note_zh"] = a.Note.Zh,
        ["note_en"] = a.Note.En,
        ["source"] = a.Source,
        ["reported_on"] = a.ReportedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
