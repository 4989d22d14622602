using Microsoft.Data.Sqlite;

namespace PerformancePlan.Core.Store;

public sealed record AuditEntry(
    long Id,
    DateTimeOffset At,
    string UserName,
    long? PlanId,
    string Entity,
    string EntityId,
    string Action,
    string Field,
    string? OldValue,
    string? NewValue,
    string Reason);

/// <summary>Writes the audit trail inside the caller's transaction, so a change and its record land together.</summary>
public static class AuditTrail
{
    public static void Record(
        SqliteConnection connection,
        SqliteTransaction transaction,
        ChangeContext context,
        long? planId,
        string entity,
        string entityId,
        string action,
        string field = "",
        string? oldValue = null,
        string? newValue = null)
    {
        connection.Execute(
            """
            INSERT INTO audit_log (at, user_name, plan_id, entity, entity_id, action, field, old_value, new_value, reason)
            VALUES ($at, $user, $planId, $entity, $entityId, $action, $field, $old, $new, $reason)
            """,
            transaction,
            new { at = context.At, user = context.UserName, planId, entity, entityId, action, field, old = oldValue, @new = newValue, reason = context.Reason });
    }

    /// <summary>
    /// One entry per field whose value differs between <paramref name="before"/> and <paramref name="after"/>;
    /// a field that only <paramref name="before"/> has (a removed list item) is recorded as emptied.
    /// </summary>
    public static int RecordChanges(
        SqliteConnection connection,
        SqliteTransaction transaction,
        ChangeContext context,
        long? planId,
        string entity,
        string entityId,
        IReadOnlyDictionary<string, string?> before,
        IReadOnlyDictionary<string, string?> after)
    {
        var count = 0;
        foreach (var (field, newValue) in after)
        {
            before.TryGetValue(field, out var oldValue);
            if (!string.Equals(oldValue, newValue, StringComparison.Ordinal))
            {
                Record(connection, transaction, context, planId, entity, entityId, "update", field, oldValue, newValue);
                count++;
            }
        }

        foreach (var (field, oldValue) in before)
        {
            if (!after.ContainsKey(field) && oldValue is not null)
            {
                Record(connection, transaction, context, planId, entity, entityId, "update", field, oldValue, null);
                count++;
            }
        }

        return count;
    }

    public static AuditEntry Read(SqliteDataReader r) => new(
        r.Long("id"),
        DateTimeOffset.Parse(r.Text("at"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal),
        r.Text("user_name"),
        r.IsDBNull(r.GetOrdinal("plan_id")) ? null : r.Long("plan_id"),
        r.Text("entity"),
        r.Text("entity_id"),
        r.Text("action"),
        r.Text("field"),
        r.TextOrNull("old_value"),
        r.TextOrNull("new_value"),
        r.Text("reason"));
}
