using System.Globalization;
using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Agencies;

/// <summary>Reads and writes agencies; every write is audited.</summary>
public sealed class AgencyStore(PlanDatabase database)
{
    private const string Entity = "agency";

    public IReadOnlyList<Agency> List()
    {
        using var connection = database.Open();
        return List(connection, null);
    }

    public Agency? Find(string code)
    {
        using var connection = database.Open();
        return Find(connection, null, code);
    }

    public static IReadOnlyList<Agency> List(SqliteConnection c, SqliteTransaction? t) =>
        c.Query("SELECT * FROM agencies ORDER BY sort_order, code", Read, t);

    public static Agency? Find(SqliteConnection c, SqliteTransaction? t, string code) =>
        c.Query("SELECT * FROM agencies WHERE code = $code", Read, t, new { code }).SingleOrDefault();

    public static Agency OfPlan(SqliteConnection c, SqliteTransaction? t, long planId) =>
        c.Query("SELECT a.* FROM agencies a JOIN plans p ON p.agency_id = a.id WHERE p.id = $planId", Read, t, new { planId }).Single();

    /// <summary>The agency with this Chinese name, with or without the city's name before it.</summary>
    public static Agency? FindByName(SqliteConnection c, SqliteTransaction? t, string nameZh, string cityZh)
    {
        var name = WithoutCity(nameZh, cityZh);
        return c.Query("SELECT * FROM agencies WHERE name_zh = $name", Read, t, new { name }).FirstOrDefault();
    }

    /// <summary>"秘書處" for "桃園市政府秘書處": agencies are named without the city, which is a setting.</summary>
    public static string WithoutCity(string nameZh, string cityZh)
    {
        var name = nameZh.Trim();
        return name.StartsWith(cityZh, StringComparison.Ordinal) && name.Length > cityZh.Length ? name[cityZh.Length..] : name;
    }

    /// <summary>
    /// The agency a plan belongs to: the one with <paramref name="code"/> (created with
    /// <paramref name="name"/> when there is none), or without a code the one whose Chinese name
    /// matches, created with a code derived from <paramref name="fallbackCode"/>.
    /// </summary>
    public static Agency Resolve(SqliteConnection c, SqliteTransaction t, string? code, Bilingual name, string fallbackCode, ChangeContext context)
    {
        var city = CitySetting.Read(c, t);
        var cleanName = new Bilingual(WithoutCity(name.Zh, city.Zh), WithoutEnglishCity(name.En, city.En));
        if (code is not null)
        {
            return Find(c, t, code) ?? Create(c, t, code, cleanName, NextSortOrder(c, t), context);
        }

        var byName = FindByName(c, t, cleanName.Zh, city.Zh);
        if (byName is not null)
        {
            return byName;
        }

        var derived = fallbackCode;
        for (var n = 2; Find(c, t, derived) is not null; n++)
        {
            derived = $"{fallbackCode}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return Create(c, t, derived, cleanName, NextSortOrder(c, t), context);
    }

    public Agency Create(string code, Bilingual name, int sortOrder, ChangeContext context) =>
        database.InTransaction((c, t) => Create(c, t, code, name, sortOrder, context));

    public static Agency Create(SqliteConnection c, SqliteTransaction t, string code, Bilingual name, int sortOrder, ChangeContext context)
    {
        var errors = Agency.Check(code, name, sortOrder);
        if (errors.Count == 0 && Find(c, t, code) is not null)
        {
            errors.Add(new FieldError("code", new($"機關代碼「{code}」已有機關使用", $"the agency code '{code}' is taken by another agency")));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var id = c.InsertReturningId(
            "INSERT INTO agencies (code, name_zh, name_en, sort_order) VALUES ($code, $zh, $en, $sortOrder)",
            t,
            new { code, zh = name.Zh.Trim(), en = name.En.Trim(), sortOrder });
        AuditTrail.Record(c, t, context, null, Entity, code, "create", string.Empty, null, $"{name.Zh.Trim()} / {name.En.Trim()}");
        return Find(c, t, code)! with { Id = id };
    }

    /// <summary>Changes an agency's names and sort order (its code stays: it is in published addresses).</summary>
    public void Update(string code, Bilingual name, int sortOrder, long expectedVersion, ChangeContext context) =>
        database.InTransaction((c, t) => Update(c, t, code, name, sortOrder, expectedVersion, context));

    public static void Update(SqliteConnection c, SqliteTransaction t, string code, Bilingual name, int sortOrder, long expectedVersion, ChangeContext context)
    {
        var errors = Agency.Check(code, name, sortOrder);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var before = Find(c, t, code);
        if (before is null || before.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(Entity, code, before);
        }

        c.Execute(
            "UPDATE agencies SET name_zh = $zh, name_en = $en, sort_order = $sortOrder, version = version + 1 WHERE id = $id",
            t,
            new { zh = name.Zh.Trim(), en = name.En.Trim(), sortOrder, id = before.Id });
        AuditTrail.RecordChanges(c, t, context, null, Entity, code, Fields(before.Name, before.SortOrder), Fields(name, sortOrder));
    }

    /// <summary>The slugs of an agency's plans, oldest year first.</summary>
    public IReadOnlyList<string> PlansOf(string code)
    {
        using var connection = database.Open();
        return PlansOf(connection, null, code);
    }

    private static List<string> PlansOf(SqliteConnection c, SqliteTransaction? t, string code) =>
        c.Query("SELECT p.slug FROM plans p JOIN agencies a ON a.id = p.agency_id WHERE a.code = $code ORDER BY p.roc_year, p.slug", r => r.Text("slug"), t, new { code });

    /// <summary>
    /// Deletes an agency that has no plans, as the editor saw it (<paramref name="expectedVersion"/>);
    /// an agency with plans is refused, naming them (<see cref="Agency.CheckDeletion"/>). Audited.
    /// </summary>
    public void Delete(string code, long expectedVersion, ChangeContext context) =>
        database.InTransaction((c, t) =>
        {
            var before = Find(c, t, code);
            if (before is null || before.Version != expectedVersion)
            {
                throw new ConcurrencyConflictException(Entity, code, before);
            }

            var errors = Agency.CheckDeletion(code, PlansOf(c, t, code));
            if (errors.Count > 0)
            {
                throw new ValidationException(errors);
            }

            c.Execute("DELETE FROM agencies WHERE id = $id", t, new { id = before.Id });
            AuditTrail.Record(c, t, context, null, Entity, code, "delete", oldValue: $"{before.Name.Zh} / {before.Name.En}");
        });

    /// <summary>Renames the agency of a plan (the plan texts page edits it there too).</summary>
    public static void RenameForPlan(SqliteConnection c, SqliteTransaction t, long planId, Bilingual name)
    {
        c.Execute(
            "UPDATE agencies SET name_zh = $zh, name_en = $en, version = version + 1 WHERE id = (SELECT agency_id FROM plans WHERE id = $planId)",
            t,
            new { zh = name.Zh.Trim(), en = name.En.Trim(), planId });
    }

    /// <summary>An agency's fields by their names, as the audit trail and a conflict view show them.</summary>
    public static IReadOnlyDictionary<string, string?> AuditFields(Agency agency) => Fields(agency.Name, agency.SortOrder);

    /// <summary>How many plans each agency has, by agency code.</summary>
    public IReadOnlyDictionary<string, int> PlanCounts()
    {
        using var connection = database.Open();
        return connection.Query(
            "SELECT a.code, COUNT(p.id) AS plans FROM agencies a LEFT JOIN plans p ON p.agency_id = a.id GROUP BY a.code",
            r => (Code: r.Text("code"), Plans: r.Int("plans")), null)
            .ToDictionary(x => x.Code, x => x.Plans, StringComparer.Ordinal);
    }

    private static Dictionary<string, string?> Fields(Bilingual name, int sortOrder) => new(StringComparer.Ordinal)
    {
        ["name_zh"] = name.Zh.Trim(),
        ["name_en"] = name.En.Trim(),
        ["sort_order"] = sortOrder.ToString(CultureInfo.InvariantCulture),
    };

    private static int NextSortOrder(SqliteConnection c, SqliteTransaction t) =>
        Convert.ToInt32(c.Scalar("SELECT COALESCE(MAX(sort_order), 0) + 10 FROM agencies", t), CultureInfo.InvariantCulture);

    private static string WithoutEnglishCity(string nameEn, string cityEn)
    {
        var name = nameEn.Trim();
        var suffix = ", " + cityEn;
        return name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length ? name[..^suffix.Length] : name;
    }

    private static Agency Read(SqliteDataReader r) => new()
    {
        Id = r.Long("id"),
        Code = r.Text("code"),
        Name = r.Bilingual("name"),
        SortOrder = r.Int("sort_order"),
        Version = r.Long("version"),
    };
}
