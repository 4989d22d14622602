using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Diagnostics;
using PerformancePlan.Core;
using PerformancePlan.Portal.Text;

namespace PerformancePlan.Portal.Security;

/// <summary>Short pages for the admin's error statuses (400, 403, 404, 429, 500), in the editor's language.</summary>
public static class StatusPages
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static async Task Write(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (!SecurityHeaders.IsAdmin(http.Request.Path))
        {
            return;
        }

        await Render(http, http.Response.StatusCode);
    }

    public static Task Error(HttpContext http) => Render(http, StatusCodes.Status500InternalServerError);

    private static async Task Render(HttpContext http, int status)
    {
        var language = AdminLanguage.Of(http);
        var zh = language == Language.ZhTw;
        var (title, body) = status switch
        {
            400 => zh ? ("無法處理這個請求", "表單可能已過期，請回上一頁重新整理後再送出。") : ("The request could not be processed", "The form may have expired: go back, reload the page and submit again."),
            403 => zh ? ("沒有權限", "您的角色不能使用這個頁面。") : ("Not allowed", "Your role does not allow this page."),
            404 => zh ? ("找不到頁面", "這個網址沒有對應的頁面。") : ("Page not found", "There is no page at this address."),
            429 => zh ? ("嘗試次數過多", "請稍候一分鐘再試。") : ("Too many attempts", "Wait a minute and try again."),
            _ => zh ? ("發生錯誤", "請稍後再試；若問題持續，請聯絡系統管理者。") : ("Something went wrong", "Try again later; if it keeps happening, tell the administrator."),
        };
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        var e = Encoder;
        await http.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{language.Tag()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{e.Encode(title)}</title><link rel="stylesheet" href="/admin/assets/css/admin.css"></head>
            <body class="admin"><main id="main" class="admin-main"><h1>{e.Encode(title)}</h1><p>{e.Encode(body)}</p>
            <p><a href="/admin">{(zh ? "回到管理後台" : "Back to the admin")}</a></p></main></body></html>
            """);
    }
}
