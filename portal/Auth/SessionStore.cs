using System.Security.Cryptography;
using System.Text;
using PerformancePlan.Core.Store;
using PerformancePlan.Core.Users;

namespace PerformancePlan.Portal.Auth;

/// <summary>
/// Sign-in sessions on the server. The cookie carries a random token; only its SHA-256 is stored,
/// so a copy of the database cannot be turned into a working cookie.
/// </summary>
public sealed class SessionStore(PlanDatabase database)
{
    public string Start(long userId, DateTimeOffset now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        using var c = database.Open();
        c.Execute(
            "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES ($hash, $userId, $now, $now)",
            null,
            new { hash = Hash(token), userId, now });
        return token;
    }

    /// <summary>The session's user and when it was last seen, or null when the session has ended.</summary>
    public (User User, DateTimeOffset LastSeen)? Find(string token)
    {
        using var c = database.Open();
        return c.Query(
            "SELECT u.*, s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $hash",
            r => (UserStore.Read(r), DateTimeOffset.Parse(r.Text("last_seen_at"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal)),
            null,
            new { hash = Hash(token) }).Cast<(User, DateTimeOffset)?>().SingleOrDefault();
    }

    public void Touch(string token, DateTimeOffset now)
    {
        using var c = database.Open();
        c.Execute("UPDATE sessions SET last_seen_at = $now WHERE token_hash = $hash", null, new { now, hash = Hash(token) });
    }

    public void End(string token)
    {
        using var c = database.Open();
        c.Execute("DELETE FROM sessions WHERE token_hash = $hash", null, new { hash = Hash(token) });
    }

    /// <summary>Ends every session of a user: after a password reset, when disabled.</summary>
    public void EndAll(long userId)
    {
        using var c = database.Open();
        c.Execute("DELETE FROM sessions WHERE user_id = $userId", null, new { userId });
    }

    /// <summary>Removes sessions idle since before <paramref name="cutoff"/>.</summary>
    public void Prune(DateTimeOffset cutoff)
    {
        using var c = database.Open();
        c.Execute("DELETE FROM sessions WHERE last_seen_at < $cutoff", null, new { cutoff });
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
