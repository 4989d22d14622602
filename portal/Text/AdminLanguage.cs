using PerformancePlan.Core;

namespace PerformancePlan.Portal.Text;

/// <summary>The admin's language: Traditional Chinese unless the editor chose English (a cookie).</summary>
public static class AdminLanguage
{
    public const string Cookie = "pp-lang";

    public static Language Of(HttpContext context) =>
        context.Request.Cookies.TryGetValue(Cookie, out var value) && value == "en" ? Language.En : Language.ZhTw;

    public static AdminText Text(HttpContext context) => AdminText.In(Of(context));

    public static void Set(HttpContext context, Language language) =>
        context.Response.Cookies.Append(Cookie, language == Language.En ? "en" : "zh-TW", new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = "/admin",
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
}
