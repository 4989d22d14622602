using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Portal.Areas.Admin.Forms;
using PerformancePlan.Portal.Auth;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Account;

/// <summary>Signing out is a POST (it changes state); it ends the session on the server.</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInService signIn) : AdminPageModel
{
    public IActionResult OnGet() => RedirectToPage("/Dashboard/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync(HttpContext);
        return RedirectToPage("/Account/SignIn", new { done = "signed-out" });
    }
}
