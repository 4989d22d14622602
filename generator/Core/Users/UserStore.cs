using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Users;

/// <summary>
/// Keeps the admin's users. Changes an administrator makes are versioned and audited; sign-in
/// bookkeeping (failed attempts, lockout) is not content and is not audited.
/// </summary>
public sealed class UserStore(PlanDatabase database)
{
    private const string Entity = "user";

    public IReadOnlyList<User> List()
    {
        using var c = database.Open();
        return c.Query("SELECT * FROM users ORDER BY name", Read);
    }

    public int Count()
    {
        using var c = database.Open();
        return Convert.ToInt32(c.Scalar("SELECT count(*) FROM users"), CultureInfo.InvariantCulture);
    }

    public User? FindByName(string name)
    {
        using var c = database.Open();
        return c.Query("SELECT * FROM users WHERE name = $name", Read, null, new { name }).SingleOrDefault();
    }

    public User? Find(long id)
    {
        using var c = database.Open();
        return Find(c, null, id);
    }

    public long Create(string name, UserRole role, string passwordHash, ChangeContext context) =>
        database.InTransaction((c, t) =>
        {
            var errors = UserRules.ValidateName(name);
            if (errors.Count == 0 && c.Scalar("SELECT 1 FROM users WHERE name = $name", t, new { name }) is not null)
            {
                errors.Add(new("name", new($"帳號「{name}」已存在", $"there is already a user named '{name}'")));
            }

            if (errors.Count > 0)
            {
                throw new ValidationException(errors);
            }

            var id = c.InsertReturningId(
                """
                INSERT INTO users (name, role, password_hash, security_stamp, created_at)
                VALUES ($name, $role, $hash, $stamp, $at)
                """,
                t,
                new { name, role = role.Code(), hash = passwordHash, stamp = NewStamp(), at = context.At });
            AuditTrail.Record(c, t, context, null, Entity, name, "create", "role", null, role.Code());
            return id;
        });

    public void ChangeRole(long id, UserRole role, long expectedVersion, ChangeContext context) =>
        Change(id, expectedVersion, context, "role", u => u.Role.Code(), role.Code(),
            "UPDATE users SET role = $value, version = version + 1 WHERE id = $id AND version = $version");

    public void SetDisabled(long id, bool disabled, long expectedVersion, ChangeContext context) =>
        Change(id, expectedVersion, context, "is_disabled", u => u.IsDisabled ? "1" : "0", disabled ? "1" : "0",
            "UPDATE users SET is_disabled = $value, security_stamp = $stamp, version = version + 1 WHERE id = $id AND version = $version");

    /// <summary>Sets a new password hash, clears any lockout and ends every session (a new security stamp).</summary>
    public void SetPassword(long id, string passwordHash, long expectedVersion, ChangeContext context) =>
        database.InTransaction((c, t) =>
        {
            var before = Find(c, t, id);
            if (before is null || before.Version != expectedVersion)
            {
                throw new ConcurrencyConflictException(Entity, Key(id), before);
            }

            c.Execute(
                """
                UPDATE users SET password_hash = $hash, failed_attempts = 0, locked_until = NULL, security_stamp = $stamp,
                    version = version + 1
                WHERE id = $id
                """,
                t,
                new { hash = passwordHash, stamp = NewStamp(), id });
            AuditTrail.Record(c, t, context, null, Entity, before.Name, "update", "password", null, "(changed)");
        });

    /// <summary>Counts a failed sign-in; at <paramref name="maxAttempts"/> the account locks until <paramref name="now"/> + <paramref name="lockout"/>.</summary>
    public void RecordFailedSignIn(long id, DateTimeOffset now, int maxAttempts, TimeSpan lockout) =>
        database.InTransaction((c, t) =>
        {
            var user = Find(c, t, id);
            if (user is null)
            {
                return;
            }

            var attempts = user.FailedAttempts + 1;
            DateTimeOffset? lockedUntil = user.LockedUntil;
            if (attempts >= maxAttempts)
            {
                lockedUntil = now + lockout;
                attempts = 0;
            }

            c.Execute("UPDATE users SET failed_attempts = $attempts, locked_until = $lockedUntil WHERE id = $id", t, new { attempts, lockedUntil, id });
        });

    public void RecordSuccessfulSignIn(long id)
    {
        using var c = database.Open();
        c.Execute("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = $id", null, new { id });
    }

    public static User? Find(SqliteConnection c, SqliteTransaction? t, long id) =>
        c.Query("SELECT * FROM users WHERE id = $id", Read, t, new { id }).SingleOrDefault();

    public static User Read(SqliteDataReader r) => new()
    {
        Id = r.Long("id"),
        Name = r.Text("name"),
        Role = UserRoles.TryParse(r.Text("role"), out var role) ? role : UserRole.Editor,
        PasswordHash = r.Text("password_hash"),
        IsDisabled = r.Bool("is_disabled"),
        FailedAttempts = r.Int("failed_attempts"),
        LockedUntil = r.TextOrNull("locked_until") is { } until
            ? DateTimeOffset.Parse(until, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : null,
        SecurityStamp = r.Text("security_stamp"),
        CreatedAt = DateTimeOffset.Parse(r.Text("created_at"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        Version = r.Long("version"),
    };

    private void Change(long id, long expectedVersion, ChangeContext context, string field, Func<User, string> current, string value, string sql) =>
        database.InTransaction((c, t) =>
        {
            var before = Find(c, t, id);
            if (before is null || before.Version != expectedVersion)
            {
                throw new ConcurrencyConflictException(Entity, Key(id), before);
            }

            var old = current(before);
            if (old == value)
            {
                return;
            }

            c.Execute(sql, t, new { value, stamp = NewStamp(), id, version = expectedVersion });
            AuditTrail.Record(c, t, context, null, Entity, before.Name, "update", field, old, value);
        });

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
