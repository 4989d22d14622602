using System.Security.Claims;
using PerformancePlan.Core.Users;

namespace PerformancePlan.Portal.Auth;

public static class PortalClaims
{
    /// <summary>The server-side session the cookie belongs to.</summary>
    public const string Session = "pp:sid";

    public const string Scheme = "pp-admin";

    public static ClaimsPrincipal Principal(User user, string sessionToken) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, user.Name),
                new Claim(ClaimTypes.Role, user.Role.Code()),
                new Claim(Session, sessionToken),
            ],
            Scheme,
            ClaimTypes.Name,
            ClaimTypes.Role));
}

/// <summary>The authorization policies, one per role; a role includes the ones below it.</summary>
public static class Policies
{
    public const string Editor = "editor";
    public const string Publisher = "publisher";
    public const string Admin = "admin";

    public static string[] RolesAtLeast(UserRole role) =>
        UserRoles.All.Where(r => r.Includes(role)).Select(r => r.Code()).ToArray();
}
