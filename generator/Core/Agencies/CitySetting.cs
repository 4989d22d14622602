using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Agencies;

/// <summary>The city whose agencies' plans the portal holds (桃園市政府 / Taoyuan City Government): a setting.</summary>
public static class CitySetting
{
    public static Bilingual Read(PlanDatabase database)
    {
        using var connection = database.Open();
        return Read(connection, null);
    }

    public static Bilingual Read(SqliteConnection c, SqliteTransaction? t)
    {
        var values = c.Query("SELECT key, value FROM settings WHERE key IN ('city_name_zh', 'city_name_en')", r => (Key: r.Text("key"), Value: r.Text("value")), t)
            .ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
        return new Bilingual(values.GetValueOrDefault("city_name_zh", string.Empty), values.GetValueOrDefault("city_name_en", string.Empty));
    }

    public static void Write(SqliteConnection c, SqliteTransaction t, Bilingual name, ChangeContext context)
    {
        var errors = new List<FieldError>();
        TextRules.Required(errors, "city_name_zh", name.Zh, 100);
        TextRules.Optional(errors, "city_name_en", name.En, 100);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var before = Read(c, t);
        c.Execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('city_name_zh', $zh), ('city_name_en', $en)", t, new { zh = name.Zh.Trim(), en = name.En.Trim() });
        AuditTrail.RecordChanges(c, t, context, null, "setting", "city_name",
            new Dictionary<string, string?>(StringComparer.Ordinal) { ["city_name_zh"] = before.Zh, ["city_name_en"] = before.En },
            new Dictionary<string, string?>(StringComparer.Ordinal) { ["city_name_zh"] = name.Zh.Trim(), ["city_name_en"] = name.En.Trim() });
    }
}
