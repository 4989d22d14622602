using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Store;
using PerformancePlan.Portal.Areas.Admin.Forms;
using PerformancePlan.Portal.Publishing;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Dashboard;

/// <summary>The plans, every plan's overdue indicators, what changed since the last publish, the last publish.</summary>
/// <remarks>
/// Everything here is derived from the database and kept until the next commit (<see cref="Core.Plans.PlanCache.Derived"/>):
/// the page is the editors' start page, and its overdue list reads every plan.
/// </remarks>
public sealed class IndexModel(ReleaseStore releases, AuditQuery audit) : AdminPageModel
{
    /// <summary>Overdue indicators shown before the list asks to be opened in full.</summary>
    public const int OverdueShown = 50;

    /// <summary><c>?overdue=all</c> lists every overdue indicator, not only the first <see cref="OverdueShown"/>.</summary>
    [BindProperty(SupportsGet = true, Name = "overdue")]
    public string? OverdueScope { get; set; }

    public bool AllOverdue => OverdueScope == "all";

    /// <summary>Plans listed before the list asks to be opened in full: the newest, those being worked on.</summary>
    public const int PlansShown = 20;

    /// <summary><c>?plans=all</c> lists every plan, not only the <see cref="PlansShown"/> newest.</summary>
    [BindProperty(SupportsGet = true, Name = "plans")]
    public string? PlansScope { get; set; }

    /// <summary>The part of <see cref="AdminPageModel.Plans"/> the page lists.</summary>
    public IReadOnlyList<Core.Plans.PlanReader.PlanSummary> PlansListed =>
        PlansScope == "all" || Plans.Count <= PlansShown ? Plans : Plans.Take(PlansShown).ToList();

    public Release? LastRelease { get; private set; }

    public IReadOnlyList<AuditEntry> Changes { get; private set; } = [];

    /// <summary>Every plan's overdue indicators as of today: the editors' to-do list.</summary>
    public OverdueIndicators? Overdue { get; private set; }

    /// <summary>The part of <see cref="Overdue"/> the page lists, plan by plan.</summary>
    public IReadOnlyList<PlanOverdue> OverdueListed { get; private set; } = [];

    public void OnGet()
    {
        if (ChoosePlan())
        {
            var today = Today;
            Overdue = Reader.Derived("dashboard overdue " + today.ToString("O", CultureInfo.InvariantCulture), plans => OverdueIndicators.Of(plans.LoadAll(), today));
            OverdueListed = AllOverdue ? Overdue.Plans : Overdue.Take(OverdueShown);
        }

        var publish = Reader.Derived("dashboard publish", _ =>
        {
            var last = releases.Current();
            return new PublishState(last, audit.Since(last?.CreatedAt, 50));
        });
        LastRelease = publish.LastRelease;
        Changes = publish.Changes;
    }

    private sealed record PublishState(Release? LastRelease, IReadOnlyList<AuditEntry> Changes);
}
