using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Goals;

/// <summary>
/// How an indicator's actuals make the year's result (cumulative, per period, ratio, level). The
/// published result and status follow from it, so a change needs a reason, which the audit trail keeps.
/// </summary>
public sealed class AggregationModel(FigureSettingsStore settings) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    [BindProperty]
    public AggregationInput Input { get; set; } = new();

    public Indicator? Indicator { get; private set; }

    public IActionResult OnGet()
    {
        if (Find() is not { } indicator)
        {
            return NotFound();
        }

        Input = new() { Aggregation = indicator.Aggregation.Code(), Version = indicator.Version };
        return Page();
    }

    public IActionResult OnPost()
    {
        if (Find() is null)
        {
            return NotFound();
        }

        return Save(
            Read,
            change => settings.SetAggregation(CurrentPlan!.Id, Id, change.Aggregation, change.Version, Change(Input.Reason)),
            () => RedirectDoneTo("Indicator", "saved", new { id = Id }),
            change => change.Fields(),
            _ => Input.Version = Find()?.Version ?? Input.Version);
    }

    private Indicator? Find() => Indicator = LoadPlan().Plan.Indicators.FirstOrDefault(i => i.Id == Id);

    private AggregationChange? Read()
    {
        if (!IndicatorAggregations.TryParse(Input.Aggregation, out var aggregation))
        {
            Required("Input.Aggregation");
            return null;
        }

        return new AggregationChange(aggregation, Input.Version);
    }

    /// <summary>The aggregation an editor asks for, by Core's field name for the conflict view.</summary>
    public sealed record AggregationChange(IndicatorAggregation Aggregation, long Version)
    {
        public IReadOnlyDictionary<string, string?> Fields() => new Dictionary<string, string?> { ["aggregation"] = Aggregation.Code() };
    }

    public sealed class AggregationInput
    {
        public string? Aggregation { get; set; }

        public string? Reason { get; set; }

        public long Version { get; set; }
    }
}
