namespace PerformancePlan.Core.Store;

/// <summary>Which audit entries to read: every filter is optional; dates are inclusive, in UTC.</summary>
/// <summary>
/// What the audit trail is filtered by. <paramref name="Before"/> pages by keyset: only entries that
/// come after the entry with that id in the trail's order (newest first), so a page costs the same
/// however far back it is.
/// </summary>
public sealed record AuditFilter(long? PlanId = null, string? UserName = null, DateOnly? From = null, DateOnly? To = null, int Limit = 500, long? Before = null);

/// <summary>Reads the audit trail, newest first.</summary>
public sealed class AuditQuery(PlanDatabase database)
{
    public IReadOnlyList<AuditEntry> Find(AuditFilter filter)
    {
        // Only the filters given are in the query, so that SQLite picks the index that fits them
        // (audit_log_by_plan for one plan, audit_log_by_time otherwise) rather than scanning the trail.
        var where = new List<string>();
        if (filter.PlanId is not null)
        {
            where.Add("plan_id = $planId");
        }

        var user = string.IsNullOrWhiteSpace(filter.UserName) ? null : filter.UserName.Trim();
        if (user is not null)
        {
            where.Add("user_name = $user COLLATE NOCASE");
        }

        if (filter.From is not null)
        {
            where.Add("at >= $from");
        }

        if (filter.To is not null)
        {
            where.Add("at < $to");
        }

        if (filter.Before is not null)
        {
            where.Add("(at, id) < (SELECT at, id FROM audit_log WHERE id = $before)");
        }

        using var c = database.Open();
        return c.Query(
            "SELECT * FROM audit_log" + (where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where)) + " ORDER BY at DESC, id DESC LIMIT $limit",
            AuditTrail.Read,
            null,
            new
            {
                planId = filter.PlanId,
                user,
                from = filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                to = filter.To?.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                before = filter.Before,
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
