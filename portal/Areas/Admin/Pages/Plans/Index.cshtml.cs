using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Plans;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Plans;

/// <summary>
/// Every plan of the city, grouped by agency, searchable by the agency's name or code, a year or a
/// slug: the one page that lists them all, so that the other pages' plan choice offers only the
/// chosen agency's years. Each year links back to the page the editor came from (<c>?for=</c>).
/// </summary>
public sealed class IndexModel : AdminPageModel
{
    /// <summary>What the editor searched for (<c>?q=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>The admin page a chosen plan opens (<c>?for=/admin/budget</c>); the dashboard when absent or outside the admin.</summary>
    [BindProperty(SupportsGet = true, Name = "for")]
    public string? For { get; set; }

    public int PlanCount { get; private set; }

    /// <summary>The plans found, by agency in the order of the list (newest year first).</summary>
    public IReadOnlyList<IGrouping<string, PlanReader.PlanSummary>> Agencies { get; private set; } = [];

    public int Found => Agencies.Sum(a => a.Count());

    /// <summary>The page each plan's link opens.</summary>
    public string Target { get; private set; } = "/admin";

    public void OnGet()
    {
        var plans = Reader.ListPlans();
        PlanCount = plans.Count;
        // The plan is added as the query, so an address that has one is not taken.
        Target = IsWithinAdmin(For) && !For.Contains('?', StringComparison.Ordinal) ? For : PageLink("/Dashboard/Index");
        var words = (Query ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Agencies = plans.Where(p => words.All(w => Matches(p, w))).GroupBy(p => p.AgencyCode, StringComparer.Ordinal).ToList();
    }

    public string Choose(PlanReader.PlanSummary plan) => Target + "?plan=" + Uri.EscapeDataString(plan.Slug);

    private static bool Matches(PlanReader.PlanSummary plan, string word) =>
        plan.Agency.Zh.Contains(word, StringComparison.OrdinalIgnoreCase)
        || plan.Agency.En.Contains(word, StringComparison.OrdinalIgnoreCase)
        || plan.AgencyCode.Contains(word, StringComparison.OrdinalIgnoreCase)
        || plan.Slug.Contains(word, StringComparison.OrdinalIgnoreCase)
        || plan.RocYear.ToString(System.Globalization.CultureInfo.InvariantCulture) == word
        || (plan.RocYear + 1911).ToString(System.Globalization.CultureInfo.InvariantCulture) == word;
}
