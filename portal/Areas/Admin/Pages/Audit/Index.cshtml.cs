using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Store;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Audit;

/// <summary>Every change — who, when, what, old → new — filtered by plan, user and date; also as CSV.</summary>
public sealed class IndexModel(AuditQuery audit) : AdminPageModel
{
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
        Entries = Find(500);
        UserNames = audit.UserNames();
    }

    public IActionResult OnGetCsv()
    {
        var entries = Find(100_000);
        return File(AuditCsv.Write(entries), "text/csv; charset=utf-8", "audit-log.csv");
    }

    /// <summary>The filters shown, for the CSV link.</summary>
    public Dictionary<string, string> Query => new[] { ("scope", Scope), ("plan", PlanSlug), ("user", UserName), ("from", From), ("to", To) }
        .Where(p => !string.IsNullOrEmpty(p.Item2)).ToDictionary(p => p.Item1, p => p.Item2!, StringComparer.Ordinal);

    private IReadOnlyList<AuditEntry> Find(int limit)
    {
        ChoosePlan();
        var from = ReadDate(From, required: false);
        var to = ReadDate(To, required: false);
        var planId = Scope == "all" ? null : CurrentPlan?.Id;
        return audit.Find(new AuditFilter(planId, UserName, from, to, limit));
    }

    public static string Time(DateTimeOffset at) => at.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
