using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Store;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Audit;

/// <summary>Every change — who, when, what, old → new — filtered by plan, user and date, a page at a time; also as CSV.</summary>
public sealed class IndexModel(AuditQuery audit) : AdminPageModel
{
    /// <summary>Entries on one page; older ones follow by keyset (<c>?before=</c>, the id of a page's last entry).</summary>
    public const int PageSize = 100;

    /// <summary>The id of the last entry of the page before: this page lists the entries after it (<c>?before=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "before")]
    public string? Before { get; set; }

    /// <summary><see cref="Before"/> read; null on the first page (or when it is not a number, with an error naming it).</summary>
    public long? BeforeId { get; private set; }

    /// <summary>The id to continue from for the next, older page; null on the last page.</summary>
    public long? Older { get; private set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "scope")]
    public string? Scope { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyList<string> UserNames { get; private set; } = [];

    public void OnGet()
    {
        BeforeId = ReadInt(Before, required: false, key: "before");
        var found = Find(PageSize + 1, BeforeId);
        Entries = found.Count > PageSize ? found.Take(PageSize).ToList() : found;
        Older = found.Count > PageSize ? Entries[^1].Id : null;
        // The names change only with a commit: read once per version of the database.
        UserNames = Reader.Derived("audit user names", _ => audit.UserNames());
    }

    public IActionResult OnGetCsv()
    {
        var entries = Find(100_000, null);
        return File(AuditCsv.Write(entries), "text/csv; charset=utf-8", "audit-log.csv");
    }

    /// <summary>The filters shown with the page that starts after entry <paramref name="before"/>, for the links between pages.</summary>
    public Dictionary<string, string> PageQuery(long? before)
    {
        var query = Query;
        if (before is not null)
        {
            query["before"] = before.Value.ToString(CultureInfo.InvariantCulture);
        }

        return query;
    }

    /// <summary>The filters shown, for the CSV link.</summary>
    public Dictionary<string, string> Query => new[] { ("scope", Scope), ("plan", PlanSlug), ("user", UserName), ("from", From), ("to", To) }
        .Where(p => !string.IsNullOrEmpty(p.Item2)).ToDictionary(p => p.Item1, p => p.Item2!, StringComparer.Ordinal);

    private IReadOnlyList<AuditEntry> Find(int limit, long? before)
    {
        ChoosePlan();
        var from = ReadDate(From, required: false);
        var to = ReadDate(To, required: false);
        var planId = Scope == "all" ? null : CurrentPlan?.Id;
        return audit.Find(new AuditFilter(planId, UserName, from, to, limit, before));
    }

    public static string Time(DateTimeOffset at) => at.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
