using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using PerformancePlan.Core.Users;

namespace PerformancePlan.Portal.Auth;

/// <summary>
/// Checks every signed-in request against the server: the session must still exist, its user must
/// not be disabled, and it must have been used within the idle timeout. The role is read afresh,
/// so a change takes effect at the next request.
/// </summary>
public sealed class SessionValidation(SessionStore sessions, IOptions<PortalOptions> options, TimeProvider clock)
    : CookieAuthenticationEvents
{
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var token = context.Principal?.FindFirstValue(PortalClaims.Session);
        var found = token is null ? null : sessions.Find(token);
        var now = clock.GetUtcNow();
        var idle = TimeSpan.FromMinutes(options.Value.IdleTimeoutMinutes);
        if (token is null || found is null || found.Value.User.IsDisabled || now - found.Value.LastSeen > idle)
        {
            if (token is not null && found is not null)
            {
                sessions.End(token);
            }

            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(PortalClaims.Scheme);
            return;
        }

        var user = found.Value.User;
        if (now - found.Value.LastSeen > TouchEvery)
        {
            sessions.Touch(token, now);
        }

        if (context.Principal!.FindFirstValue(ClaimTypes.Role) != user.Role.Code()
            || context.Principal!.Identity?.Name != user.Name)
        {
            context.ReplacePrincipal(PortalClaims.Principal(user, token));
            context.ShouldRenew = true;
        }
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
