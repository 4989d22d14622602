using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Goals;

/// <summary>Edits one indicator; a change to its target asks for a reason, which the audit trail keeps.</summary>
public sealed class IndicatorModel : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    public string Code { get; private set; } = string.Empty;

    public Dictionary<string, string?> Values { get; private set; } = [];

    public string OriginalTarget { get; private set; } = string.Empty;

    public IActionResult OnGet()
    {
        var indicator = LoadPlan().Plan.Indicators.FirstOrDefault(i => i.Id == Id);
        if (indicator is null)
        {
            return NotFound();
        }

        Code = indicator.Code;
        OriginalTarget = FormValues.Number(indicator.TargetValue);
        Values = IndicatorEdit.Of(indicator).AuditFields();
        Values["target_value"] = OriginalTarget;
        Values["weight_percent"] = FormValues.Number(indicator.WeightPercent);
        Values["version"] = indicator.Version.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public IActionResult OnPost()
    {
        var plan = LoadPlan().Plan;
        var indicator = plan.Indicators.FirstOrDefault(i => i.Id == Id);
        if (indicator is null)
        {
            return NotFound();
        }

        Code = indicator.Code;
        OriginalTarget = FormValues.Number(indicator.TargetValue);
        var form = Request.Form;
        foreach (var name in new[] { "title_zh", "title_en", "weight_percent", "measurement_zh", "measurement_en", "unit_zh", "unit_en", "target_value", "direction", "reason", "version" })
        {
            Values[name] = form[name].ToString();
        }

        var weight = FormValues.Decimal(Errors, "weight_percent", Values["weight_percent"], Label("weight_percent"), T);
        var target = FormValues.Decimal(Errors, "target_value", Values["target_value"], Label("target_value"), T);
        if (!IndicatorDirections.TryParse(Values["direction"], out var direction))
        {
            Errors.Add("direction", Format(T.Required, Label("direction")));
        }

        if (Errors.Any)
        {
            return Page();
        }

        var edit = new IndicatorEdit(
            Id,
            new Bilingual(Values["title_zh"]!, Values["title_en"]!),
            weight!.Value,
            new Bilingual(Values["measurement_zh"]!, Values["measurement_en"]!),
            new Bilingual(Values["unit_zh"]!, Values["unit_en"]!),
            target!.Value,
            direction,
            FormValues.Version(Values["version"]));
        try
        {
            new IndicatorStore(Database).Update(plan.Id, edit, Change(Values["reason"] ?? string.Empty));
            return RedirectDoneTo("Index", "saved");
        }
        catch (ValidationException ex)
        {
            Errors.Add(ex.Errors, Lang);
        }
        catch (ConcurrencyConflictException ex)
        {
            ShowConflict(ex, (ex.Current as IndicatorEdit)?.AuditFields(), edit.AuditFields());
            Values["version"] = indicator.Version.ToString(CultureInfo.InvariantCulture);
        }

        return Page();
    }
}
