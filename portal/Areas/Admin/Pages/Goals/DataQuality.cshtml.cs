using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Goals;

/// <summary>
/// An indicator's data-quality statement: source, how it is counted, frequency, known limitations and
/// responsible unit, in both languages; published under the indicator on its goal page and in open data.
/// </summary>
public sealed class DataQualityModel(FigureSettingsStore settings) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    [BindProperty]
    public DataQualityInput Input { get; set; } = new();

    public Indicator? Indicator { get; private set; }

    public IActionResult OnGet()
    {
        if (Find() is not { } indicator)
        {
            return NotFound();
        }

        Input = DataQualityInput.Of(indicator.DataQuality, indicator.Version);
        return Page();
    }

    public IActionResult OnPost()
    {
        if (Find() is null)
        {
            return NotFound();
        }

        return Save(
            () => new StatementChange(Input.Statement(), Input.Version),
            change => settings.SetDataQuality(CurrentPlan!.Id, Id, change.Statement, change.Version, Change()),
            () => RedirectDoneTo("Indicator", "saved", new { id = Id }),
            change => change.Fields(),
            _ => Input.Version = Find()?.Version ?? Input.Version);
    }

    private Indicator? Find() => Indicator = LoadPlan().Plan.Indicators.FirstOrDefault(i => i.Id == Id);

    /// <summary>The statement an editor saves, by Core's field names for the conflict view.</summary>
    public sealed record StatementChange(DataQuality Statement, long Version)
    {
        public IReadOnlyDictionary<string, string?> Fields() => Statement.Items
            .SelectMany(item => new[] { ($"dq_{item.Key}_zh", item.Text.Zh), ($"dq_{item.Key}_en", item.Text.En) })
            .ToDictionary(f => f.Item1, f => (string?)f.Item2);
    }

    /// <summary>The form: one Chinese and one English text per item of <see cref="DataQuality"/>, named after Core's fields (<c>dq_source_zh</c> is <c>DqSourceZh</c>).</summary>
    public sealed class DataQualityInput
    {
        public string? DqSourceZh { get; set; }

        public string? DqSourceEn { get; set; }

        public string? DqMethodZh { get; set; }

        public string? DqMethodEn { get; set; }

        public string? DqFrequencyZh { get; set; }

        public string? DqFrequencyEn { get; set; }

        public string? DqLimitationsZh { get; set; }

        public string? DqLimitationsEn { get; set; }

        public string? DqUnitZh { get; set; }

        public string? DqUnitEn { get; set; }

        public long Version { get; set; }

        public DataQuality Statement() => new(
            new(DqSourceZh ?? string.Empty, DqSourceEn ?? string.Empty),
            new(DqMethodZh ?? string.Empty, DqMethodEn ?? string.Empty),
            new(DqFrequencyZh ?? string.Empty, DqFrequencyEn ?? string.Empty),
            new(DqLimitationsZh ?? string.Empty, DqLimitationsEn ?? string.Empty),
            new(DqUnitZh ?? string.Empty, DqUnitEn ?? string.Empty));

        public static DataQualityInput Of(DataQuality s, long version) => new()
        {
            DqSourceZh = s.Source.Zh, DqSourceEn = s.Source.En,
            DqMethodZh = s.Method.Zh, DqMethodEn = s.Method.En,
            DqFrequencyZh = s.Frequency.Zh, DqFrequencyEn = s.Frequency.En,
            DqLimitationsZh = s.Limitations.Zh, DqLimitationsEn = s.Limitations.En,
            DqUnitZh = s.ResponsibleUnit.Zh, DqUnitEn = s.ResponsibleUnit.En,
            Version = version,
        };
    }
}
