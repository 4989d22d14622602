using PerformancePlan.Core.Store;
using PerformancePlan.Generator.OpenData;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Audit;

/// <summary>
/// The audit trail as CSV, in the same format as the open data (<see cref="CsvFormat"/>): RFC 4180,
/// UTF-8 with a byte-order mark, and text a spreadsheet would run as a formula neutralised.
/// </summary>
public static class AuditCsv
{
    public static readonly string[] Header =
        ["id", "at", "user_name", "plan_id", "entity", "entity_id", "action", "field", "old_value", "new_value", "reason"];

    public static byte[] Write(IEnumerable<AuditEntry> entries) =>
        CsvFormat.Write(Header, entries.Select(e => new object?[]
        {
            e.Id,
            e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            e.UserName,
            e.PlanId,
            e.Entity,
            e.EntityId,
            e.Action,
            e.Field,
            e.OldValue,
            e.NewValue,
            e.Reason,
        }));
}
