using PerformancePlan.Core.Users;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Users;

public sealed class IndexModel(UserStore users) : AdminPageModel
{
    public IReadOnlyList<User> Users { get; private set; } = [];

    public void OnGet() => Users = users.List();
}
