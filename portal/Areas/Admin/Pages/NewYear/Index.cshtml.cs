using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.NewYear;

/// <summary>
/// Starts the same agency's plan for the next year from the chosen plan in one step (see
/// <see cref="NextYearPlan"/>), then takes the editor to the new plan's goals to set its targets.
/// </summary>
public sealed class IndexModel(NextYearPlan nextYear) : AdminPageModel
{
    [BindProperty]
    public NewYearInput Input { get; set; } = new();

    public PlanSnapshot? Snapshot { get; private set; }

    /// <summary>The slug the new plan gets when the editor leaves it empty.</summary>
    public string DefaultSlug(int rocYear) => $"{rocYear.ToString(CultureInfo.InvariantCulture)}-{Snapshot!.Plan.AgencyCode}";

    public void OnGet()
    {
        Snapshot = TryLoadPlan();
        if (Snapshot is not null)
        {
            Input.Year = (Snapshot.Plan.RocYear + 1).ToString(CultureInfo.InvariantCulture);
        }
    }

    public IActionResult OnPost()
    {
        Snapshot = TryLoadPlan();
        if (Snapshot?.Plan is not { } source)
        {
            return NotFound();
        }

        string? started = null;
        return Save(
            Read,
            request => started = nextYear.Start(source.Slug, request.Year, Change(), request.Slug).Slug,
            () => RedirectToPage("/Goals/Index", new { plan = started, done = "started" }),
            request => new Dictionary<string, string?>
            {
                ["year"] = request.Year.ToString(CultureInfo.InvariantCulture),
                ["slug"] = request.Slug,
            });
    }

    private StartRequest? Read()
    {
        var year = ReadInt(Input.Year);
        var slug = string.IsNullOrWhiteSpace(Input.Slug) ? null : Input.Slug.Trim();
        return year is null ? null : new StartRequest(year.Value, slug);
    }

    public sealed record StartRequest(int Year, string? Slug);

    public sealed class NewYearInput
    {
        public string? Year { get; set; }

        [StringLength(64)]
        public string? Slug { get; set; }
    }
}
