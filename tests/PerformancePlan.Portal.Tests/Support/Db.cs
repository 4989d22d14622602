using System.Globalization;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Portal.Tests.Support;

/// <summary>Reads the test database directly, to check what a page wrote.</summary>
public static class Db
{
    public static object? Scalar(this PlanDatabase database, string sql, object? parameters = null)
    {
        using var c = database.Open();
        return c.Scalar(sql, null, parameters);
    }

    public static long Count(this PlanDatabase database, string sql, object? parameters = null) =>
        Convert.ToInt64(database.Scalar(sql, parameters), CultureInfo.InvariantCulture);

    /// <summary>The id of the indicator with this code ("4.1": goal 4, indicator 1).</summary>
    public static long IndicatorId(this PlanDatabase database, string code) => database.Count(
        "SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.ordinal || '.' || i.ordinal = $code", new { code });

    public static List<AuditEntry> Audit(this PlanDatabase database, string entity, string user)
    {
        using var c = database.Open();
        return c.Query("SELECT * FROM audit_log WHERE entity = $entity AND user_name = $user ORDER BY id", AuditTrail.Read, null, new { entity, user });
    }
}
