using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Users;
using PerformancePlan.Portal.Areas.Admin.Forms;
using PerformancePlan.Portal.Auth;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInService signIn, UserStore users) : AdminPageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    public bool NoUsers { get; private set; }

    public bool SignedOut => Done == "signed-out";

    public void OnGet() => NoUsers = users.Count() == 0;

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await signIn.SignInAsync(HttpContext, Input.Name, Input.Password);
        if (outcome == SignInOutcome.SignedIn)
        {
            return RedirectWithinAdmin(ReturnUrl);
        }

        if (outcome == SignInOutcome.LockedOut)
        {
            AddError("Input.Name", T.SignInLocked);
        }
        else
        {
            AddError("Input.Password", T.SignInWrong);
        }

        NoUsers = users.Count() == 0;
        return Page();
    }

    public sealed class SignInInput
    {
        public string? Name { get; set; }

        public string? Password { get; set; }
    }
}
