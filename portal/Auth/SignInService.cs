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
/// Signs people in and out. Every attempt costs one password hash (a decoy one for an unknown
/// name), so an unknown name, a wrong password and a refused address take the same time and get the
/// same two answers; five failures for a name from one address refuse that address for fifteen
/// minutes (<see cref="SignInThrottle"/>), not the account. A disabled account reads as a wrong password.
/// </summary>
public sealed class SignInService(
    UserStore users,
    SessionStore sessions,
    PasswordHashing hashing,
    SignInThrottle throttle,
    IOptions<PortalOptions> options,
    TimeProvider clock)
{
    public async Task<SignInOutcome> SignInAsync(HttpContext http, string? name, string? password)
    {
        var now = clock.GetUtcNow();
        var o = options.Value;
        var window = TimeSpan.FromMinutes(o.LockoutMinutes);
        var address = http.Connection.RemoteIpAddress;
        var typed = name?.Trim() ?? string.Empty;
        var throttled = throttle.IsThrottled(address, typed, now, o.MaxFailedSignIns, window);
        var user = typed.Length == 0 ? null : users.FindByName(typed);
        bool verified;
        if (user is null || throttled || string.IsNullOrEmpty(password))
        {
            hashing.VerifyDecoy(password ?? string.Empty);
            verified = false;
        }
        else
        {
            verified = hashing.Verify(user.PasswordHash, password) && !user.IsDisabled;
        }

        if (throttled)
        {
            return SignInOutcome.LockedOut;
        }

        if (!verified || user is null)
        {
            throttle.RecordFailure(address, typed, now, window);
            return throttle.IsThrottled(address, typed, now, o.MaxFailedSignIns, window) ? SignInOutcome.LockedOut : SignInOutcome.WrongNameOrPassword;
        }

        throttle.RecordSuccess(address, typed);
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
