using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Import.Data;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Import.Seeding;

/// <summary>What the content seeder put into an empty database.</summary>
public sealed record SeedResult(IReadOnlyList<string> PlanSlugs, int Actuals, int Exchanges, int ESignatureMonths, int Pages);

/// <summary>
/// Fills an empty database from <c>content/</c>: every <c>plans/&lt;slug&gt;/</c> folder (the
/// folder name is the slug) with its <c>plan.zh-TW.md</c>, <c>plan.en.md</c> when present, and the
/// operational data files <c>actuals.csv</c>, <c>exchanges.csv</c> and <c>esignature.csv</c> when
/// present, and the indicators' data-quality statements from <c>data-quality.csv</c>; and every <c>pages/&lt;key&gt;.&lt;zh-TW|en&gt;.md</c> into the site pages.
/// A plan whose folder ships any of the operational data files is marked as sample data: data that
/// comes with the repository is illustrative; real figures are entered by editors.
/// Everything is read and checked first and written in one transaction, so an interrupted or
/// failed seed leaves the database as empty as it was.
/// </summary>
public static class ContentSeeder
{
    private static readonly (string File, OperationalDataKind Kind)[] DataFiles =
    [
        ("actuals.csv", OperationalDataKind.Actuals),
        ("exchanges.csv", OperationalDataKind.Exchanges),
        ("esignature.csv", OperationalDataKind.ESignature),
    ];

    /// <summary>Seeds when the database holds no plan; returns null (and changes nothing) when it holds one.</summary>
    public static SeedResult? SeedIfEmpty(PlanDatabase database, string contentDirectory, ChangeContext context)
    {
        if (!HoldsNoPlan(database))
        {
            return null;
        }

        var plans = ReadPlans(Path.Combine(contentDirectory, "plans"));
        var pages = ReadPages(Path.Combine(contentDirectory, "pages"));
        return database.InTransaction((c, t) =>
        {
            if (Convert.ToInt64(c.Scalar("SELECT COUNT(*) FROM plans", t), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                return null;
            }

            int actuals = 0, exchanges = 0, months = 0;
            foreach (var (imported, folder) in plans)
            {
                PlanContentWriter.Upsert(c, t, imported.Plan, imported.BudgetLines, context);
                foreach (var (file, kind) in DataFiles)
                {
                    var path = Path.Combine(folder, file);
                    if (!File.Exists(path))
                    {
                        continue;
                    }

                    using var reader = new StreamReader(path);
                    var summary = CsvImport.Import(c, t, imported.Plan.Slug, reader, $"plans/{imported.Plan.Slug}/{file}", kind, DataFormat.Csv, context);
                    actuals += kind == OperationalDataKind.Actuals ? summary.Created : 0;
                    exchanges += kind == OperationalDataKind.Exchanges ? summary.Created : 0;
                    months += kind == OperationalDataKind.ESignature ? summary.Created : 0;
                }

                var statements = Path.Combine(folder, DataQualityRows.FileName);
                if (File.Exists(statements))
                {
                    using var reader = new StreamReader(statements);
                    DataQualityRows.Import(c, t, imported.Plan.Slug, reader, $"plans/{imported.Plan.Slug}/{DataQualityRows.FileName}", context);
                }
            }

            DateShippedPlansByTheirData(c, t);
            var written = WritePages(c, t, pages, context);
            return new SeedResult(plans.Select(p => p.Imported.Plan.Slug).ToList(), actuals, exchanges, months, written);
        });
    }

    /// <summary>
    /// Shipped content was not written today: a seeded plan that comes with data is dated by the
    /// newest date in that data, so the site's "last updated" does not depend on when a clone first ran.
    /// </summary>
    private static void DateShippedPlansByTheirData(SqliteConnection c, SqliteTransaction t) =>
        c.Execute(
            """
            UPDATE plans SET updated_on = COALESCE((
                SELECT MAX(d) FROM (
                    SELECT MAX(a.reported_on) AS d FROM actuals a
                        JOIN indicators i ON i.id = a.indicator_id JOIN goals g ON g.id = i.goal_id
                        WHERE g.plan_id = plans.id
                    UNION ALL SELECT MAX(e.date) FROM exchanges e WHERE e.plan_id = plans.id
                    UNION ALL SELECT date(MAX(m.month) || '-01', '+1 month', '-1 day') FROM esignature_months m WHERE m.plan_id = plans.id)),
                updated_on)
            """,
            t);

    public static bool HoldsNoPlan(PlanDatabase database)
    {
        using var connection = database.Open();
        return Convert.ToInt64(connection.Scalar("SELECT COUNT(*) FROM plans"), System.Globalization.CultureInfo.InvariantCulture) == 0;
    }

    private static List<(ImportedPlan Imported, string Folder)> ReadPlans(string plansDirectory)
    {
        if (!Directory.Exists(plansDirectory))
        {
            return [];
        }

        var plans = new List<(ImportedPlan, string)>();
        foreach (var folder in Directory.GetDirectories(plansDirectory).Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileName(folder);
            var chinese = Path.Combine(folder, PlanDocumentParser.ChineseFileName);
            if (!File.Exists(chinese))
            {
                throw new PlanDocumentException($"plans/{slug}/{PlanDocumentParser.ChineseFileName}", 1, "the plan folder has no plan document");
            }

            var english = Path.Combine(folder, PlanDocumentParser.EnglishFileName);
            var imported = PlanDocumentParser.ParseFiles(chinese, File.Exists(english) ? english : null, slug);
            var isSample = DataFiles.Any(d => File.Exists(Path.Combine(folder, d.File)));
            plans.Add((imported with { Plan = imported.Plan with { IsSample = isSample } }, folder));
        }

        return plans;
    }

    private static List<(string Key, string Language, string Markdown)> ReadPages(string pagesDirectory)
    {
        if (!Directory.Exists(pagesDirectory))
        {
            return [];
        }

        var pages = new List<(string, string, string)>();
        foreach (var path in Directory.GetFiles(pagesDirectory, "*.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var dot = name.LastIndexOf('.');
            var language = dot < 0 ? string.Empty : name[(dot + 1)..];
            if (dot <= 0 || language is not ("zh-TW" or "en"))
            {
                throw new PlanDocumentException($"pages/{Path.GetFileName(path)}", 1, "a page file is named <key>.zh-TW.md or <key>.en.md");
            }

            pages.Add((name[..dot], language, File.ReadAllText(path).TrimStart('\uFEFF')));
        }

        return pages;
    }

    /// <summary>Adds the pages the database does not have yet; a page an editor already changed is kept.</summary>
    private static int WritePages(SqliteConnection c, SqliteTransaction t, List<(string Key, string Language, string Markdown)> pages, ChangeContext context)
    {
        var written = 0;
        foreach (var (key, language, markdown) in pages)
        {
            var added = c.Execute(
                "INSERT INTO site_pages (key, language, markdown) VALUES ($key, $language, $markdown) ON CONFLICT (key, language) DO NOTHING",
                t, new { key, language, markdown });
            if (added > 0)
            {
                AuditTrail.Record(c, t, context, null, "site_page", $"{key}/{language}", "import");
                written++;
            }
        }

        return written;
    }
}
