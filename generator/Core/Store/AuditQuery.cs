namespace PerformancePlan.Core.Store;

/// <summary>Which audit entries to read: every filter is optional; dates are inclusive, in UTC.</summary>
public sealed record AuditFilter(long? PlanId = null, string? UserName = null, DateOnly? From = null, DateOnly? To = null, int Limit = 500);

/// <summary>Reads the audit trail, newest first.</summary>
public sealed class AuditQuery(PlanDatabase database)
{
    public IReadOnlyList<AuditEntry> Find(AuditFilter filter)
    {
        using var c = database.Open();
        return c.Query(
            """
            SELECT * FROM audit_log
            WHERE ($planId IS NULL OR plan_id = $planId)
              AND ($user IS NULL OR user_name = $user COLLATE NOCASE)
              AND ($from IS NULL OR at >= $from)
              AND ($to IS NULL OR at < $to)
            ORDER BY at DESC, id DESC
            LIMIT $limit
            """,
            AuditTrail.Read,
            null,
            new
            {
                planId = filter.PlanId,
                user = string.IsNullOrWhiteSpace(filter.UserName) ? null : filter.UserName.Trim(),
                from = filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                to = filter.To?.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                limit = Math.Clamp(filter.Limit, 1, 100_000),
            });
    }

    /// <summary>The names that appear in the audit trail, for the filter's choices.</summary>
    public IReadOnlyList<string> UserNames()
    {
        using var c = database.Open();
        return c.Query("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name", r => r.Text("user_name"));
    }

    /// <summary>Entries recorded after <paramref name="since"/> (all when null), newest first.</summary>
    public IReadOnlyList<AuditEntry> Since(DateTimeOffset? since, int limit = 200)
    {
        using var c = database.Open();
        return c.Query(
            "SELECT * FROM audit_log WHERE ($since IS NULL OR at > $since) AND action NOT IN ('publish', 'restore') ORDER BY at DESC, id DESC LIMIT $limit",
            AuditTrail.Read, null, new { since, limit });
    }

    /// <summary>The most recent entry about one record, or null.</summary>
    public AuditEntry? LastChange(string entity, string entityId)
    {
        using var c = database.Open();
        return c.Query(
            "SELECT * FROM audit_log WHERE entity = $entity AND entity_id = $entityId ORDER BY at DESC, id DESC LIMIT 1",
            AuditTrail.Read, null, new { entity, entityId }).SingleOrDefault();
    }
}
