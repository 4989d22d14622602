using System.Globalization;
using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Plans;

/// <summary>Reads the target revisions of a plan from the audit trail (a re-import records none: it writes the document's target).</summary>
public static class TargetRevisionQueries
{
    private static readonly TimeSpan TaiwanOffset = TimeSpan.FromHours(8);

    public static List<TargetRevision> ForPlan(SqliteConnection connection, SqliteTransaction? transaction, long planId) =>
        Read(connection, transaction, " AND a.plan_id = $planId", new { planId })[planId].ToList();

    /// <summary>The revisions of every plan the <paramref name="filter"/> (a condition on <c>a</c>, the audit trail, starting with AND) lets through, by plan.</summary>
    internal static ILookup<long, TargetRevision> Read(SqliteConnection connection, SqliteTransaction? transaction, string filter, object parameters) =>
        connection.Query(
            """
            SELECT a.plan_id, a.entity_id, a.at, a.old_value, a.new_value, a.reason FROM audit_log a
            WHERE a.entity = 'indicator' AND a.field = 'target_value' AND a.action = 'update'
              AND a.old_value IS NOT NULL AND a.new_value IS NOT NULL AND a.plan_id IS NOT NULL
            """ + filter + " ORDER BY a.at, a.id",
            r => (PlanId: r.Long("plan_id"), Revision: new TargetRevision(
                long.Parse(r.Text("entity_id"), CultureInfo.InvariantCulture),
                DateOnly.FromDateTime(DateTimeOffset.Parse(r.Text("at"), CultureInfo.InvariantCulture).ToOffset(TaiwanOffset).DateTime),
                decimal.Parse(r.Text("old_value"), CultureInfo.InvariantCulture),
                decimal.Parse(r.Text("new_value"), CultureInfo.InvariantCulture),
                r.Text("reason"))),
            transaction,
            parameters)
        .ToLookup(x => x.PlanId, x => x.Revision);
}
