using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Figures;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Actuals;

/// <summary>
/// How many days after a period ends its actuals are due. An indicator whose latest due period has
/// no actual is overdue: badged on the published site and listed on the dashboard.
/// </summary>
public sealed class DueDaysModel(FigureSettingsStore settings) : AdminPageModel
{
    [BindProperty]
    public DueDaysInput Input { get; set; } = new();

    public void OnGet()
    {
        var plan = LoadPlan().Plan;
        Input = new() { DueDays = plan.DueDays.ToString(CultureInfo.InvariantCulture), Version = plan.Version };
    }

    public IActionResult OnPost()
    {
        var plan = LoadPlan().Plan;
        return Save(
            () => ReadInt(Input.DueDays) is { } days ? new DueDaysChange(days, Input.Version) : null,
            change => settings.SetDueDays(plan.Id, change.Days, change.Version, Change()),
            () => RedirectDoneTo("Index", "saved"),
            change => change.Fields(),
            _ => Input.Version = LoadPlan().Plan.Version);
    }

    public sealed record DueDaysChange(int Days, long Version)
    {
        public IReadOnlyDictionary<string, string?> Fields() =>
            new Dictionary<string, string?> { ["due_days"] = Days.ToString(CultureInfo.InvariantCulture) };
    }

    public sealed class DueDaysInput
    {
        public string? DueDays { get; set; }

        public long Version { get; set; }
    }
}
