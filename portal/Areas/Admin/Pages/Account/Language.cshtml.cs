using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Portal.Areas.Admin.Forms;
using PerformancePlan.Portal.Text;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Account;

/// <summary>Switches the admin's language (a cookie) and returns to the page the editor was on.</summary>
[AllowAnonymous]
public sealed class LanguageModel : AdminPageModel
{
    public IActionResult OnGet() => RedirectToPage("/Dashboard/Index");

    public IActionResult OnPost(string? language, string? returnUrl)
    {
        AdminLanguage.Set(HttpContext, language == "en" ? Language.En : Language.ZhTw);
        return RedirectWithinAdmin(returnUrl);
    }
}
