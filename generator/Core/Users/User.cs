namespace PerformancePlan.Core.Users;

/// <summary>What a person may do in the admin; each role includes the ones before it.</summary>
public enum UserRole
{
    Editor,
    Publisher,
    Admin,
}

public static class UserRoles
{
    public static IReadOnlyList<UserRole> All { get; } = Enum.GetValues<UserRole>();

    public static string Code(this UserRole role) => role switch
    {
        UserRole.Editor => "editor",
        UserRole.Publisher => "publisher",
        UserRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static Bilingual Name(this UserRole role) => role switch
    {
        UserRole.Editor => new("編輯", "Editor"),
        UserRole.Publisher => new("發布者", "Publisher"),
        UserRole.Admin => new("管理者", "Administrator"),
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static bool TryParse(string? code, out UserRole role)
    {
        foreach (var r in All)
        {
            if (string.Equals(code?.Trim(), r.Code(), StringComparison.OrdinalIgnoreCase))
            {
                role = r;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>True when <paramref name="role"/> may do what <paramref name="needed"/> may.</summary>
    public static bool Includes(this UserRole role, UserRole needed) => role >= needed;
}

/// <summary>A person who signs in to the admin. The password is kept only as a salted hash.</summary>
public sealed record User
{
    public long Id { get; init; }

    public required string Name { get; init; }

    public required UserRole Role { get; init; }

    public required string PasswordHash { get; init; }

    public bool IsDisabled { get; init; }

    public int FailedAttempts { get; init; }

    public DateTimeOffset? LockedUntil { get; init; }

    public required string SecurityStamp { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public long Version { get; init; }

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
