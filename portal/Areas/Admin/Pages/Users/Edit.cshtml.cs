using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerformancePlan.Core.Users;
using PerformancePlan.Portal.Areas.Admin.Forms;
using PerformancePlan.Portal.Auth;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Users;

/// <summary>Changes a user's role, resets the password, or disables/enables the account.</summary>
public sealed class EditModel(UserStore users, SessionStore sessions, PasswordHashing hashing) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    [BindProperty]
    public UserInput Input { get; set; } = new();

    public User? Account { get; private set; }

    public IActionResult OnGet() => Reload() is { } notFound ? notFound : Show();

    public IActionResult OnPostRole()
    {
        if (Reload() is { } notFound)
        {
            return notFound;
        }

        if (!UserRoles.TryParse(Input.Role, out var role))
        {
            Required("Input.Role");
        }
        else if (IsSelf() && role != UserRole.Admin)
        {
            AddError("Input.Role", T.CannotDemoteSelf);
        }

        return Change(user => users.ChangeRole(user.Id, role, Input.Version, Change()), "saved");
    }

    public IActionResult OnPostPassword()
    {
        if (Reload() is { } notFound)
        {
            return notFound;
        }

        AddErrors(UserRules.ValidatePassword(Input.Password));
        return Change(
            user =>
            {
                users.SetPassword(user.Id, hashing.Hash(Input.Password!), Input.Version, Change());
                sessions.EndAll(user.Id);
            },
            "password-reset");
    }

    public IActionResult OnPostDisable()
    {
        if (Reload() is { } notFound)
        {
            return notFound;
        }

        if (IsSelf() && Input.Disabled)
        {
            AddError("Input.Disabled", T.CannotDisableSelf);
        }

        return Change(
            user =>
            {
                users.SetDisabled(user.Id, Input.Disabled, Input.Version, Change());
                if (Input.Disabled)
                {
                    sessions.EndAll(user.Id);
                }
            },
            "saved");
    }

    private IActionResult Change(Action<User> write, string done)
    {
        var result = Save(() => Account, write, () => RedirectDone(done, new { id = Id }), _ => new Dictionary<string, string?>());
        return result is PageResult ? Reload() is { } notFound ? notFound : Show() : result;
    }

    /// <summary>Each form starts from the account as stored.</summary>
    private PageResult Show()
    {
        Input = new() { Role = Account!.Role.Code(), Disabled = !Account.IsDisabled, Version = Account.Version };
        return Page();
    }

    private bool IsSelf() => string.Equals(Account?.Name, User.Identity?.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Loads the account; a result only when there is none.</summary>
    private NotFoundResult? Reload()
    {
        Account = users.Find(Id);
        return Account is null ? NotFound() : null;
    }

    public sealed class UserInput
    {
        public string? Role { get; set; }

        public string? Password { get; set; }

        public bool Disabled { get; set; }

        public long Version { get; set; }
    }
}
