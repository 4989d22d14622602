using System.Globalization;
using System.Text;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Tests.Support;

/// <summary>Every row of every table as text, to show that a refused import changed nothing.</summary>
public static class DatabaseDump
{
    public static string Of(PlanDatabase database)
    {
        using var connection = database.Open();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"user_version={Migrations.CurrentVersion(connection)}");
        var tables = connection.Query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", r => r.GetString(0));
        foreach (var table in tables)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"[{table}]");
            using var command = connection.Command($"SELECT * FROM \"{table}\" ORDER BY rowid");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.GetName(i)).Append('=').Append(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i)).Append('|');
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }
}
