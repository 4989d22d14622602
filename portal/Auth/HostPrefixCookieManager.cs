using Microsoft.AspNetCore.Authentication.Cookies;

namespace PerformancePlan.Portal.Auth;

/// <summary>
/// Over HTTPS the cookie is named with the <c>__Host-</c> prefix (browsers then insist on Secure,
/// Path=/ and no Domain); over plain HTTP on the loopback the unprefixed name is used.
/// </summary>
public sealed class HostPrefixCookieManager : ICookieManager
{
    public const string Prefix = "__Host-";

    private readonly ChunkingCookieManager inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => inner.GetRequestCookie(context, Name(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options)
    {
        if (context.Request.IsHttps)
        {
            options.Secure = true;
            options.Path = "/";
            options.Domain = null;
        }

        inner.AppendResponseCookie(context, Name(context, key), value, options);
    }

    public void DeleteCookie(HttpContext context, string key, CookieOptions options)
    {
        if (context.Request.IsHttps)
        {
            options.Secure = true;
            options.Path = "/";
            options.Domain = null;
        }

        inner.DeleteCookie(context, Name(context, key), options);
    }

    public static string Name(HttpContext context, string key) => context.Request.IsHttps ? Prefix + key : key;
}
