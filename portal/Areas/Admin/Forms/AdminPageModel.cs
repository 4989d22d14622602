using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformancePlan.Core;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Portal.Text;

namespace PerformancePlan.Portal.Areas.Admin.Forms;

/// <summary>
/// What every admin page shares: the editor's language and strings, the plan being edited, the
/// conflict notice, the <see cref="ChangeContext"/> a write records, and the one way to save a form.
/// </summary>
/// <remarks>
/// How an admin page is written:
/// <list type="bullet">
/// <item>The form is a nested <c>Input</c> class bound with <c>[BindProperty]</c>. Its properties are
/// named after Core's fields (<c>NoteZh</c> is <c>note_zh</c>), which gives each field its label, its
/// audit name and the place where Core's validation errors land. Numbers and dates stay text in
/// <c>Input</c> so that what the editor typed comes back unchanged on an error; <see cref="ReadDecimal"/>,
/// <see cref="ReadInt"/> and <see cref="ReadDate"/> read them, naming the field when the text is not one.</item>
/// <item>The view draws each field once with <c>&lt;field asp-for="Input.NoteZh" /&gt;</c> (label, hint,
/// error, <c>aria-invalid</c>; a <c>[StringLength]</c> on the property shows as <c>maxlength</c> and a
/// hint), carries the record's version in <c>&lt;input type="hidden" asp-for="Input.Version"&gt;</c>,
/// links with <c>asp-page</c>, and shows messages with <c>&lt;partial name="_Messages" /&gt;</c>.</item>
/// <item>The handler loads what it needs, then calls <see cref="Save{TRecord}"/> once: it builds the
/// record from <c>Input</c>, makes the one domain write, and redirects, or shows Core's errors on their
/// fields, or shows the conflict when someone else saved first.</item>
/// <item>Stores come from the constructor (they are registered in <c>PortalApp</c>); a page never
/// constructs one.</item>
/// </list>
/// </remarks>
public abstract class AdminPageModel : PageModel
{
    public AdminText T => AdminLanguage.Text(HttpContext);

    public Language Lang => AdminLanguage.Of(HttpContext);

    public Conflict? Conflict { get; protected set; }

    /// <summary>A one-line confirmation after a redirect (<c>?done=saved</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The plan the page works on (<c>?plan=slug</c>; the newest plan when not given).</summary>
    [BindProperty(SupportsGet = true, Name = "plan")]
    public string? PlanSlug { get; set; }

    public IReadOnlyList<PlanReader.PlanSummary> Plans { get; private set; } = [];

    public PlanReader.PlanSummary? CurrentPlan { get; private set; }

    /// <summary>
    /// The chosen plan's agency's plans, newest year first: the layout's plan choice offers these,
    /// and links to the plan picker (<c>/admin/plans</c>) for the plans of every other agency, so that
    /// a page does not carry an option for each of the city's plans.
    /// </summary>
    public IReadOnlyList<PlanReader.PlanSummary> ChosenAgencyPlans { get; private set; } = [];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string PathBase, string Page), string> PageAddresses = new();

    /// <summary>The plans as the store holds them now (read once per change of the database).</summary>
    protected PlanCache Reader => HttpContext.RequestServices.GetRequiredService<PlanCache>();

    protected TimeProvider Clock => HttpContext.RequestServices.GetRequiredService<TimeProvider>();

    /// <summary>Today, in the server's time zone.</summary>
    protected DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().Date);

    public string Text(Bilingual text) => text.OrFallback(Lang);

    public string Format(string template, params object?[] args) => AdminText.Format(template, args);

    protected ChangeContext Change(string? reason = null) =>
        new(User.Identity?.Name ?? "unknown", Clock.GetUtcNow(), (reason ?? string.Empty).Trim());

    /// <summary>Picks the plan from <c>?plan=</c>; false when the database holds no plan.</summary>
    protected bool ChoosePlan()
    {
        Plans = Reader.ListPlans();
        CurrentPlan = Plans.FirstOrDefault(p => p.Slug == PlanSlug) ?? (Plans.Count > 0 ? Plans[0] : null);
        PlanSlug = CurrentPlan?.Slug;
        ChosenAgencyPlans = CurrentPlan is null
            ? []
            : Reader.Derived("plans by agency", static cache => cache.ListPlans().GroupBy(p => p.AgencyCode, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, IReadOnlyList<PlanReader.PlanSummary> (g) => g.ToList(), StringComparer.Ordinal))
                .GetValueOrDefault(CurrentPlan.AgencyCode, [CurrentPlan]);
        return CurrentPlan is not null;
    }

    /// <summary>The chosen plan's summary, for handlers that need only its id and slug.</summary>
    protected PlanReader.PlanSummary RequirePlan() =>
        ChoosePlan() ? CurrentPlan! : throw new InvalidOperationException("The database holds no plan.");

    /// <summary>Everything about the chosen plan, or null when the database holds no plan.</summary>
    protected PlanSnapshot? TryLoadPlan() => ChoosePlan() ? Reader.Load(CurrentPlan!.Slug) : null;

    protected PlanSnapshot LoadPlan() => TryLoadPlan() ?? throw new InvalidOperationException("The database holds no plan.");

    /// <summary>
    /// The one way a form is saved. <paramref name="read"/> builds the record from <c>Input</c> (adding an
    /// error for each field it cannot read); <paramref name="write"/> is the one domain operation. Then:
    /// redirect with <paramref name="saved"/>; or show Core's validation errors on their fields; or, when
    /// someone else saved first, show what they saved beside what the editor typed (nothing is written)
    /// and let <paramref name="reload"/> take the stored record's version, so that saving again replaces
    /// it deliberately. <paramref name="fields"/> gives a record's fields by Core's names, for that view.
    /// </summary>
    protected IActionResult Save<TRecord>(
        Func<TRecord?> read,
        Action<TRecord> write,
        Func<IActionResult> saved,
        Func<TRecord, IReadOnlyDictionary<string, string?>> fields,
        Action<TRecord?>? reload = null)
        where TRecord : class
    {
        var record = ModelState.IsValid ? read() : null;
        if (record is null || !ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            write(record);
            return saved();
        }
        catch (ValidationException ex)
        {
            AddErrors(ex.Errors);
        }
        catch (ConcurrencyConflictException ex)
        {
            var current = ex.Current as TRecord;
            var last = HttpContext.RequestServices.GetRequiredService<AuditQuery>().LastChange(ex.Entity, ex.EntityId);
            Conflict = Conflicts.Of(last, current is null ? null : fields(current), fields(record), Label);

            // The form shows the page's values from here on, not the ones posted.
            ModelState.Clear();
            reload?.Invoke(current);
        }

        return Page();
    }

    /// <summary>Core's errors, each on the field it names (see <see cref="FieldKey"/>).</summary>
    protected void AddErrors(IEnumerable<FieldError> errors)
    {
        foreach (var e in errors)
        {
            AddError(FieldKey(e.Field), e.Message.OrFallback(Lang));
        }
    }

    protected void AddError(string key, string message) => ModelState.AddModelError(key, message);

    /// <summary>Where an error Core reports for <paramref name="coreField"/> is shown: <c>note_zh</c> → <c>Input.NoteZh</c>.</summary>
    protected virtual string FieldKey(string coreField) => "Input." + FieldNames.ToProperty(coreField);

    /// <summary>The text of a number field (<c>ReadDecimal(Input.Value)</c>), or null with an error naming the field.</summary>
    protected decimal? ReadDecimal(string? text, bool required = true, [CallerArgumentExpression(nameof(text))] string key = "") =>
        FormValues.Decimal(ModelState, key, text, KeyLabel(key), T, required);

    /// <summary>The text of a whole-number field, or null with an error naming the field.</summary>
    protected int? ReadInt(string? text, bool required = true, [CallerArgumentExpression(nameof(text))] string key = "") =>
        FormValues.Int(ModelState, key, text, KeyLabel(key), T, required);

    /// <summary>The text of a date field (YYYY-MM-DD), or null with an error naming the field.</summary>
    protected DateOnly? ReadDate(string? text, bool required = true, [CallerArgumentExpression(nameof(text))] string key = "") =>
        FormValues.Date(ModelState, key, text, KeyLabel(key), T, required);

    /// <summary>An error that a choice (a select) is missing or not one of its options.</summary>
    protected void Required(string key) => AddError(key, Format(T.Required, KeyLabel(key)));

    /// <summary>Back to a page inside the admin: a return address outside it is ignored.</summary>
    protected IActionResult RedirectWithinAdmin(string? returnUrl) =>
        LocalRedirect(IsWithinAdmin(returnUrl) ? returnUrl! : "/admin");

    /// <summary>True for an address of this site's admin (<c>/admin</c> or under it, with or without a query): the one rule for return addresses.</summary>
    protected bool IsWithinAdmin([NotNullWhen(true)] string? address)
    {
        if (!Url.IsLocalUrl(address))
        {
            return false;
        }

        var path = address.AsSpan(0, address.AsSpan().IndexOfAny('?', '#') is var end and >= 0 ? end : address.Length);
        return path.Equals("/admin", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/admin/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The address <c>asp-page</c> gives <paramref name="page"/> for the chosen plan, with <paramref name="query"/>
    /// added: for the links of every row of a list, where the page's address is generated once per
    /// page and each row only appends its own values.
    /// </summary>
    public string RowLink(string page, params ReadOnlySpan<(string Name, object Value)> query) => PlanLink(page, PlanSlug, query);

    /// <summary>
    /// As <see cref="RowLink"/>, for a plan other than the chosen one (<c>asp-page</c> with
    /// <c>asp-route-plan</c>): for lists whose rows each belong to a plan of their own.
    /// </summary>
    public string PlanLink(string page, string? planSlug, params ReadOnlySpan<(string Name, object Value)> query)
    {
        var address = PageLink(page);
        var link = new System.Text.StringBuilder(address);
        var separator = address.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        if (planSlug is not null)
        {
            Append("plan", planSlug);
        }

        foreach (var (name, value) in query)
        {
            Append(name, value);
        }

        return link.ToString();

        void Append(string name, object value)
        {
            link.Append(separator).Append(Uri.EscapeDataString(name)).Append('=')
                .Append(Uri.EscapeDataString(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
            separator = '&';
        }
    }

    /// <summary>
    /// The address <c>asp-page</c> gives <paramref name="page"/> without route values (<c>/admin/goals</c>),
    /// generated once per page and base path for the life of the app: the same for every request, and
    /// the layout's navigation asks for a dozen of them on each.
    /// </summary>
    public string PageLink(string page) =>
        PageAddresses.GetOrAdd((Request.PathBase.Value ?? string.Empty, page), static (key, url) =>
            url.Page(key.Page) ?? throw new InvalidOperationException($"No admin page {key.Page}."), Url);

    /// <summary>The field's label in the editor's language (the field name when it has none).</summary>
    public string Label(string field) => T.FieldLabel(field);

    /// <summary>The label of the field a form key names: <c>Input.ReportedOn</c> → the label of <c>reported_on</c>.</summary>
    private string KeyLabel(string key) => Label(FieldNames.ToCore(key[(key.LastIndexOf('.') + 1)..]));

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
