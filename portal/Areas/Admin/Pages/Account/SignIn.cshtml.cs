using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Users;
using PerformancePlan.Portal.Areas.Admin.Forms;
using PerformancePlan.Portal.Auth;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInService signIn, UserStore users) : AdminPageModel
{
    [BindProperty(Name = "name")]
    public string? Name { get; set; }

    [BindProperty(Name = "password")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true, Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    public bool NoUsers { get; private set; }

    public bool SignedOut => Done == "signed-out";

    public void OnGet() => NoUsers = users.Count() == 0;

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await signIn.SignInAsync(HttpContext, Name, Password);
        if (outcome == SignInOutcome.SignedIn)
        {
            return RedirectWithinAdmin(ReturnUrl);
        }

        Errors.Add(outcome == SignInOutcome.LockedOut ? "name" : "password", outcome == SignInOutcome.LockedOut ? T.SignInLocked : T.SignInWrong);
        NoUsers = users.Count() == 0;
        return Page();
    }
}
