using PerformancePlan.Core.Users;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Users;

public sealed class IndexModel(UserStore users) : AdminPageModel
{
    public IReadOnlyList<User> Users { get; private set; } = [];

    /// <summary>The users as the database holds them now, read once per change of the database.</summary>
    public void OnGet() => Users = Reader.Derived("users", _ => users.List());
}
