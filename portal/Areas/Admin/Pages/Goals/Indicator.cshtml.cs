using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Goals;

/// <summary>Edits one indicator; a change to its target asks for a reason, which the audit trail keeps.</summary>
public sealed class IndicatorModel(IndicatorStore indicators) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    [BindProperty]
    public IndicatorInput Input { get; set; } = new();

    public string Code { get; private set; } = string.Empty;

    public string OriginalTarget { get; private set; } = string.Empty;

    public IActionResult OnGet()
    {
        var indicator = Find();
        if (indicator is null)
        {
            return NotFound();
        }

        Input = IndicatorInput.Of(indicator);
        return Page();
    }

    public IActionResult OnPost()
    {
        var indicator = Find();
        if (indicator is null)
        {
            return NotFound();
        }

        return Save(
            Read,
            edit => indicators.Update(CurrentPlan!.Id, edit, Change(Input.Reason)),
            () => RedirectDoneTo("Index", "saved"),
            edit => edit.AuditFields(),
            current => Input.Version = current?.Version ?? indicator.Version);
    }

    private Indicator? Find()
    {
        var indicator = LoadPlan().Plan.Indicators.FirstOrDefault(i => i.Id == Id);
        Code = indicator?.Code ?? string.Empty;
        OriginalTarget = indicator is null ? string.Empty : FormValues.Number(indicator.TargetValue);
        return indicator;
    }

    private IndicatorEdit? Read()
    {
        var weight = ReadDecimal(Input.WeightPercent);
        var target = ReadDecimal(Input.TargetValue);
        if (!IndicatorDirections.TryParse(Input.Direction, out var direction))
        {
            Required("Input.Direction");
        }

        return !ModelState.IsValid ? null : new IndicatorEdit(
            Id,
            new Bilingual(Input.TitleZh ?? string.Empty, Input.TitleEn ?? string.Empty),
            weight!.Value,
            new Bilingual(Input.MeasurementZh ?? string.Empty, Input.MeasurementEn ?? string.Empty),
            new Bilingual(Input.UnitZh ?? string.Empty, Input.UnitEn ?? string.Empty),
            target!.Value,
            direction,
            Input.Version)
        {
            UnitEnOne = Input.UnitEnOne ?? string.Empty,
        };
    }

    public sealed class IndicatorInput
    {
        public string? TitleZh { get; set; }

        public string? TitleEn { get; set; }

        public string? WeightPercent { get; set; }

        public string? MeasurementZh { get; set; }

        public string? MeasurementEn { get; set; }

        public string? UnitZh { get; set; }

        public string? UnitEn { get; set; }

        public string? UnitEnOne { get; set; }

        public string? TargetValue { get; set; }

        public string? Reason { get; set; }

        public string? Direction { get; set; }

        public long Version { get; set; }

        public static IndicatorInput Of(Indicator i) => new()
        {
            TitleZh = i.Title.Zh,
            TitleEn = i.Title.En,
            WeightPercent = FormValues.Number(i.WeightPercent),
            MeasurementZh = i.MeasurementStandard.Zh,
            MeasurementEn = i.MeasurementStandard.En,
            UnitZh = i.Unit.Zh,
            UnitEn = i.Unit.En,
            UnitEnOne = i.UnitEnOne,
            TargetValue = FormValues.Number(i.TargetValue),
            Direction = i.Direction.Code(),
            Version = i.Version,
        };
    }
}
