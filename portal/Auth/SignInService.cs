using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PerformancePlan.Core.Users;

namespace PerformancePlan.Portal.Auth;

public enum SignInOutcome
{
    SignedIn,
    WrongNameOrPassword,
    LockedOut,
}

/// <summary>
/// Signs people in and out. Five failures in a row lock the account for fifteen minutes, during
/// which even the right password is refused; a disabled account reads as a wrong password.
/// </summary>
public sealed class SignInService(
    UserStore users,
    SessionStore sessions,
    PasswordHashing hashing,
    IOptions<PortalOptions> options,
    TimeProvider clock)
{
    public async Task<SignInOutcome> SignInAsync(HttpContext http, string? name, string? password)
    {
        var now = clock.GetUtcNow();
        var user = string.IsNullOrWhiteSpace(name) ? null : users.FindByName(name.Trim());
        if (user is null || string.IsNullOrEmpty(password))
        {
            hashing.VerifyDecoy(password ?? string.Empty);
            return SignInOutcome.WrongNameOrPassword;
        }

        if (user.IsLockedAt(now))
        {
            return SignInOutcome.LockedOut;
        }

        if (!hashing.Verify(user.PasswordHash, password) || user.IsDisabled)
        {
            var o = options.Value;
            users.RecordFailedSignIn(user.Id, now, o.MaxFailedSignIns, TimeSpan.FromMinutes(o.LockoutMinutes));
            return users.Find(user.Id)?.IsLockedAt(now) == true ? SignInOutcome.LockedOut : SignInOutcome.WrongNameOrPassword;
        }

        users.RecordSuccessfulSignIn(user.Id);
        var token = sessions.Start(user.Id, now);
        await http.SignInAsync(PortalClaims.Scheme, PortalClaims.Principal(user, token), new AuthenticationProperties { IsPersistent = false });
        return SignInOutcome.SignedIn;
    }

    /// <summary>Ends the session on the server, so a copy of the cookie stops working too.</summary>
    public async Task SignOutAsync(HttpContext http)
    {
        var token = http.User.FindFirst(PortalClaims.Session)?.Value;
        if (token is not null)
        {
            sessions.End(token);
        }

        await http.SignOutAsync(PortalClaims.Scheme);
    }
}
