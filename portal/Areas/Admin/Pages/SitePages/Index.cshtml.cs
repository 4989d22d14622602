using PerformancePlan.Core.SitePages;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.SitePages;

public sealed class IndexModel(SitePageStore pages) : AdminPageModel
{
    public IReadOnlyList<SitePage> Pages { get; private set; } = [];

    public void OnGet() => Pages = pages.List();
}
