using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformancePlan.Core;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Portal.Text;

namespace PerformancePlan.Portal.Areas.Admin.Forms;

/// <summary>
/// What every admin page shares: the editor's language and strings, the form's errors, the conflict
/// notice, the plan being edited, and the <see cref="ChangeContext"/> a write records.
/// </summary>
public abstract class AdminPageModel : PageModel
{
    public AdminText T => AdminLanguage.Text(HttpContext);

    public Language Lang => AdminLanguage.Of(HttpContext);

    public FormErrors Errors { get; } = new();

    public Conflict? Conflict { get; protected set; }

    /// <summary>A one-line confirmation after a redirect (<c>?done=saved</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The plan the page works on (<c>?plan=slug</c>; the newest plan when not given).</summary>
    [BindProperty(SupportsGet = true, Name = "plan")]
    public string? PlanSlug { get; set; }

    public IReadOnlyList<PlanReader.PlanSummary> Plans { get; private set; } = [];

    public PlanReader.PlanSummary? CurrentPlan { get; private set; }

    protected PlanDatabase Database => HttpContext.RequestServices.GetRequiredService<PlanDatabase>();

    protected TimeProvider Clock => HttpContext.RequestServices.GetRequiredService<TimeProvider>();

    public string Text(Bilingual text) => text.OrFallback(Lang);

    public string Format(string template, params object?[] args) => string.Format(CultureInfo.InvariantCulture, template, args);

    protected ChangeContext Change(string reason = "") =>
        new(User.Identity?.Name ?? "unknown", Clock.GetUtcNow(), reason.Trim());

    /// <summary>Picks the plan from <c>?plan=</c>; false when the database holds no plan.</summary>
    protected bool ChoosePlan()
    {
        Plans = new PlanReader(Database).ListPlans();
        CurrentPlan = Plans.FirstOrDefault(p => p.Slug == PlanSlug) ?? (Plans.Count > 0 ? Plans[0] : null);
        PlanSlug = CurrentPlan?.Slug;
        return CurrentPlan is not null;
    }

    /// <summary>The chosen plan's summary, for handlers that need only its id and slug.</summary>
    protected PlanReader.PlanSummary RequirePlan() =>
        ChoosePlan() ? CurrentPlan! : throw new InvalidOperationException("The database holds no plan.");

    /// <summary>Everything about the chosen plan, or null when the database holds no plan.</summary>
    protected PlanSnapshot? TryLoadPlan() => ChoosePlan() ? new PlanReader(Database).Load(CurrentPlan!.Slug) : null;

    protected PlanSnapshot LoadPlan() => TryLoadPlan() ?? throw new InvalidOperationException("The database holds no plan.");

    /// <summary>The posted values of <paramref name="names"/>, as typed.</summary>
    protected Dictionary<string, string?> ReadForm(IEnumerable<string> names) =>
        names.ToDictionary(n => n, n => (string?)Request.Form[n].ToString(), StringComparer.Ordinal);

    /// <summary>Back to a page inside the admin: a return address outside it is ignored.</summary>
    protected IActionResult RedirectWithinAdmin(string? returnUrl) =>
        LocalRedirect(Url.IsLocalUrl(returnUrl) && returnUrl!.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) ? returnUrl : "/admin");

    protected void ShowConflict(ConcurrencyConflictException conflict, IReadOnlyDictionary<string, string?>? theirs, IReadOnlyDictionary<string, string?> yours)
    {
        var last = new AuditQuery(Database).LastChange(conflict.Entity, conflict.EntityId);
        Conflict = Conflicts.Of(last, theirs, yours, Label);
    }

    /// <summary>The field's label in the editor's language (the field name when it has none).</summary>
    public string Label(string field) => T.FieldLabel(field);

    public IActionResult RedirectDone(string done, object? routeValues = null) => RedirectDoneTo(null, done, routeValues);

    public IActionResult RedirectDoneTo(string? page, string done, object? routeValues = null)
    {
        var values = new RouteValueDictionary(routeValues) { ["done"] = done };
        if (PlanSlug is not null && !values.ContainsKey("plan"))
        {
            values["plan"] = PlanSlug;
        }

        return RedirectToPage(page, values);
    }
}
