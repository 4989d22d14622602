using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Users;
using PerformancePlan.Portal.Areas.Admin.Forms;
using PerformancePlan.Portal.Auth;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Users;

/// <summary>Changes a user's role, resets the password, or disables/enables the account.</summary>
public sealed class EditModel(UserStore users, SessionStore sessions, PasswordHashing hashing) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    [BindProperty(Name = "version")]
    public long Version { get; set; }

    public User? Account { get; private set; }

    public IActionResult OnGet()
    {
        Account = users.Find(Id);
        return Account is null ? NotFound() : Page();
    }

    public IActionResult OnPostRole(string? role)
    {
        if (!UserRoles.TryParse(role, out var r))
        {
            Errors.Add("role", Format(T.Required, Label("role")));
            return Reload();
        }

        if (IsSelf() && r != UserRole.Admin)
        {
            Errors.Add("role", T.CannotDemoteSelf);
            return Reload();
        }

        return Run(() => users.ChangeRole(Id, r, Version, Change()), "saved");
    }

    public IActionResult OnPostPassword(string? password)
    {
        Errors.Add(UserRules.ValidatePassword(password), Lang);
        if (Errors.Any)
        {
            return Reload();
        }

        return Run(
            () =>
            {
                users.SetPassword(Id, hashing.Hash(password!), Version, Change());
                sessions.EndAll(Id);
            },
            "password-reset");
    }

    public IActionResult OnPostDisable(bool disabled)
    {
        if (IsSelf() && disabled)
        {
            Errors.Add("disabled", T.CannotDisableSelf);
            return Reload();
        }

        return Run(
            () =>
            {
                users.SetDisabled(Id, disabled, Version, Change());
                if (disabled)
                {
                    sessions.EndAll(Id);
                }
            },
            "saved");
    }

    private bool IsSelf() => string.Equals(users.Find(Id)?.Name, User.Identity?.Name, StringComparison.OrdinalIgnoreCase);

    private IActionResult Run(Action change, string done)
    {
        try
        {
            change();
            return RedirectDone(done, new { id = Id });
        }
        catch (ConcurrencyConflictException)
        {
            Conflict = new Conflict(null, null, [], false);
            return Reload();
        }
    }

    private IActionResult Reload()
    {
        Account = users.Find(Id);
        return Account is null ? NotFound() : Page();
    }
}
