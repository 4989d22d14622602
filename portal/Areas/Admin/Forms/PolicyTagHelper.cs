using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PerformancePlan.Portal.Areas.Admin.Forms;

/// <summary>
/// <c>&lt;li asp-policy="@Policies.Publisher"&gt;</c>: the element is shown only to users the policy admits,
/// the same policy that guards the pages it leads to.
/// </summary>
[HtmlTargetElement(Attributes = "asp-policy")]
public sealed class PolicyTagHelper(IAuthorizationService authorization) : TagHelper
{
    [HtmlAttributeName("asp-policy")]
    public string Policy { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!(await authorization.AuthorizeAsync(ViewContext.HttpContext.User, Policy)).Succeeded)
        {
            output.SuppressOutput();
        }
    }
}
