using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Users;
using PerformancePlan.Portal.Areas.Admin.Forms;
using PerformancePlan.Portal.Auth;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Users;

public sealed class CreateModel(UserStore users, PasswordHashing hashing) : AdminPageModel
{
    [BindProperty(Name = "name")]
    public string? Name { get; set; }

    [BindProperty(Name = "role")]
    public string? Role { get; set; } = "editor";

    [BindProperty(Name = "password")]
    public string? Password { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        Errors.Add(UserRules.ValidateName(Name), Lang);
        Errors.Add(UserRules.ValidatePassword(Password), Lang);
        if (!UserRoles.TryParse(Role, out var role))
        {
            Errors.Add("role", Format(T.Required, Label("role")));
        }

        if (Errors.Any)
        {
            return Page();
        }

        try
        {
            users.Create(Name!.Trim(), role, hashing.Hash(Password!), Change());
            return RedirectDoneTo("Index", "created");
        }
        catch (ValidationException ex)
        {
            Errors.Add(ex.Errors, Lang);
            return Page();
        }
    }
}
