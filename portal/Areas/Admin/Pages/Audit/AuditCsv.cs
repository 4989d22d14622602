using System.Globalization;
using System.Text;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Audit;

/// <summary>
/// The audit trail as CSV: RFC 4180 quoting, UTF-8 with a byte-order mark (Excel in zh-TW locales),
/// and text cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) prefixed with '.
/// </summary>
public static class AuditCsv
{
    public static readonly string[] Header =
        ["id", "at", "user_name", "plan_id", "entity", "entity_id", "action", "field", "old_value", "new_value", "reason"];

    public static byte[] Write(IEnumerable<AuditEntry> entries)
    {
        var sb = new StringBuilder();
        Line(sb, Header);
        foreach (var e in entries)
        {
            Line(sb,
            [
                e.Id.ToString(CultureInfo.InvariantCulture),
                e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                e.UserName,
                e.PlanId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                e.Entity,
                e.EntityId,
                e.Action,
                e.Field,
                e.OldValue ?? string.Empty,
                e.NewValue ?? string.Empty,
                e.Reason,
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    public static string Neutralise(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static void Line(StringBuilder sb, string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            var cell = Neutralise(cells[i]);
            if (cell.IndexOfAny([',', '"', '\r', '\n']) >= 0)
            {
                sb.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                sb.Append(cell);
            }
        }

        sb.Append("\r\n");
    }
}
