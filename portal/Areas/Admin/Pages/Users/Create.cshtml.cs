using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Users;
using PerformancePlan.Portal.Areas.Admin.Forms;
using PerformancePlan.Portal.Auth;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Users;

public sealed class CreateModel(UserStore users, PasswordHashing hashing) : AdminPageModel
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        AddErrors(UserRules.ValidateName(Input.Name));
        AddErrors(UserRules.ValidatePassword(Input.Password));
        if (!UserRoles.TryParse(Input.Role, out var role))
        {
            Required("Input.Role");
        }

        return Save(
            () => Input,
            input => users.Create(input.Name!.Trim(), role, hashing.Hash(input.Password!), Change()),
            () => RedirectDoneTo("Index", "created"),
            _ => new Dictionary<string, string?>());
    }

    public sealed class NewUserInput
    {
        public string? Name { get; set; }

        public string? Role { get; set; } = "editor";

        public string? Password { get; set; }
    }
}
