using System.Security.Cryptography;
using System.Text;
using PerformancePlan.Core.Store;
using PerformancePlan.Core.Users;

namespace PerformancePlan.Portal.Auth;

/// <summary>
/// Sign-in sessions on the server. The cookie carries a random token; only its SHA-256 is stored,
/// so a copy of the database cannot be turned into a working cookie.
/// </summary>
/// <remarks>
/// Every signed-in request looks its session up (<see cref="Find"/>). What it finds is kept until
/// anything is committed to the database (<see cref="StoreChanges"/>, the change signal the plan
/// cache uses), so a request reads one version number instead of opening a connection and joining
/// two tables, and a session ended, a user disabled or a role changed, by this process or another,
/// still shows at the next request.
/// </remarks>
public sealed class SessionStore(PlanDatabase database, StoreChanges changes)
{
    /// <summary>Beyond this many sessions kept, the cache starts again (a bound, not a working size).</summary>
    private const int MaxCached = 10_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Found> found = new(StringComparer.Ordinal);

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
        var hash = Hash(token);

        // The version is read before the session, so a commit in between can only make the next request read again.
        var version = changes.Version();
        if (found.TryGetValue(hash, out var kept) && kept.Version == version)
        {
            return kept.Session;
        }

        var session = Read(hash);
        if (found.Count >= MaxCached)
        {
            found.Clear();
        }

        found[hash] = new Found(version, session);
        return session;
    }

    private (User User, DateTimeOffset LastSeen)? Read(string hash)
    {
        using var c = database.Open();
        return c.Query(
            "SELECT u.*, s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $hash",
            r => (UserStore.Read(r), DateTimeOffset.Parse(r.Text("last_seen_at"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal)),
            null,
            new { hash }).Cast<(User, DateTimeOffset)?>().SingleOrDefault();
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

    private sealed record Found(long Version, (User User, DateTimeOffset LastSeen)? Session);
}
