using System.Text.Json;
using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Plans;

/// <summary>
/// The cache reads a plan again only when its content stamp moved: every change to what a plan is
/// read from must move it (or the next build publishes stale figures), and nothing else may.
/// </summary>
public class PlanStampsTests
{
    private const string Changed = "107-secretariat";
    private const string Other = "108-secretariat";

    /// <summary>A statement on each table a plan's snapshot is read from, changing the 107 plan's content only.</summary>
    public static TheoryData<string, string> ContentChanges() => new()
    {
        { "plans", "UPDATE plans SET vision_en = vision_en || ' (changed)' WHERE slug = '107-secretariat'" },
        { "plan_tasks", "UPDATE plan_tasks SET text_en = text_en || ' (changed)' WHERE plan_id = (SELECT id FROM plans WHERE slug = '107-secretariat') AND ordinal = 1" },
        { "plan_tasks", "DELETE FROM plan_tasks WHERE plan_id = (SELECT id FROM plans WHERE slug = '107-secretariat') AND ordinal = 1" },
        { "goals", "UPDATE goals SET title_en = title_en || ' (changed)' WHERE plan_id = (SELECT id FROM plans WHERE slug = '107-secretariat') AND ordinal = 1" },
        { "goal_items", "UPDATE goal_items SET text_en = text_en || ' (changed)' WHERE goal_id = (SELECT g.id FROM goals g JOIN plans p ON p.id = g.plan_id WHERE p.slug = '107-secretariat' AND g.ordinal = 1) AND ordinal = 1" },
        { "goal_items", "INSERT INTO goal_items (goal_id, ordinal, text_zh) SELECT g.id, 99, '新項目' FROM goals g JOIN plans p ON p.id = g.plan_id WHERE p.slug = '107-secretariat' AND g.ordinal = 1" },
        { "indicators", "UPDATE indicators SET unit_en_one = 'thing' WHERE id = (SELECT min(i.id) FROM indicators i JOIN goals g ON g.id = i.goal_id JOIN plans p ON p.id = g.plan_id WHERE p.slug = '107-secretariat')" },
        { "actuals", "UPDATE actuals SET note_en = 'changed' WHERE id = (SELECT min(a.id) FROM actuals a JOIN indicators i ON i.id = a.indicator_id JOIN goals g ON g.id = i.goal_id JOIN plans p ON p.id = g.plan_id WHERE p.slug = '107-secretariat')" },
        { "actuals", "DELETE FROM actuals WHERE id = (SELECT min(a.id) FROM actuals a JOIN indicators i ON i.id = a.indicator_id JOIN goals g ON g.id = i.goal_id JOIN plans p ON p.id = g.plan_id WHERE p.slug = '107-secretariat')" },
        { "budget_lines", "UPDATE budget_lines SET note_en = 'changed' WHERE plan_id = (SELECT id FROM plans WHERE slug = '107-secretariat') AND ordinal = 1" },
        { "exchanges", "UPDATE exchanges SET summary_en = 'changed' WHERE id = (SELECT min(id) FROM exchanges WHERE plan_id = (SELECT id FROM plans WHERE slug = '107-secretariat'))" },
        { "exchanges", "DELETE FROM exchanges WHERE id = (SELECT min(id) FROM exchanges WHERE plan_id = (SELECT id FROM plans WHERE slug = '107-secretariat'))" },
        { "esignature_months", "UPDATE esignature_months SET self_drafted = self_drafted + 1 WHERE id = (SELECT min(id) FROM esignature_months WHERE plan_id = (SELECT id FROM plans WHERE slug = '107-secretariat'))" },
        { "audit_log", "INSERT INTO audit_log (at, user_name, plan_id, entity, entity_id, action, field, old_value, new_value, reason) SELECT '2018-12-31T09:00:00+00:00', 'test', g.plan_id, 'indicator', CAST(min(i.id) AS TEXT), 'update', 'target_value', '1', '2', 'why' FROM indicators i JOIN goals g ON g.id = i.goal_id JOIN plans p ON p.id = g.plan_id WHERE p.slug = '107-secretariat'" },
    };

    [Theory]
    [MemberData(nameof(ContentChanges))]
    public void A_change_to_a_table_a_plan_is_read_from_is_seen_and_only_that_plan_is_read_again(string table, string sql)
    {
        using var db = TwoPlans();
        using var changes = new StoreChanges(db.Database);
        var cache = new PlanCache(new PlanReader(db.Database), changes);
        var before = cache.LoadAll().ToDictionary(p => p.Plan.Slug);

        ElsewhereExecute(db.Database, sql);

        var after = cache.LoadAll().ToDictionary(p => p.Plan.Slug);
        var fresh = new PlanReader(db.Database).LoadAll().ToDictionary(p => p.Plan.Slug);
        Assert.True(Json(before[Changed]) != Json(fresh[Changed]), $"the statement on {table} changed nothing the plan shows");
        Assert.Equal(Json(fresh[Changed]), Json(after[Changed]));
        Assert.Same(before[Other], after[Other]);
    }

    [Fact]
    public void A_link_between_years_is_seen_on_the_plan_whose_indicator_continues_another()
    {
        using var db = TwoPlans();
        using var changes = new StoreChanges(db.Database);
        var cache = new PlanCache(new PlanReader(db.Database), changes);
        var before = cache.LoadAll().ToDictionary(p => p.Plan.Slug);
        Assert.Contains(before[Other].Plan.Indicators, i => i.ContinuesId is not null);

        ElsewhereExecute(db.Database, "DELETE FROM indicator_links WHERE indicator_id IN (SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id JOIN plans p ON p.id = g.plan_id WHERE p.slug = '108-secretariat')");

        var after = cache.LoadAll().ToDictionary(p => p.Plan.Slug);
        Assert.All(after[Other].Plan.Indicators, i => Assert.Null(i.ContinuesId));
        Assert.Same(before[Changed], after[Changed]);
    }

    [Theory]
    [InlineData("agencies", "UPDATE agencies SET name_en = name_en || ' (changed)'")]
    [InlineData("settings", "UPDATE settings SET value = value || ' (changed)' WHERE key = 'city_name_en'")]
    public void A_change_to_what_every_plan_shows_is_seen_on_every_plan(string table, string sql)
    {
        using var db = TwoPlans();
        using var changes = new StoreChanges(db.Database);
        var cache = new PlanCache(new PlanReader(db.Database), changes);
        var before = cache.LoadAll().ToDictionary(p => p.Plan.Slug);

        ElsewhereExecute(db.Database, sql);

        var after = cache.LoadAll();
        var fresh = new PlanReader(db.Database).LoadAll();
        Assert.Equal(fresh.Select(Json), after.Select(Json));
        Assert.All(after, p => Assert.True(Json(before[p.Plan.Slug]) != Json(p), $"{p.Plan.Slug} did not change with {table}"));
    }

    [Fact]
    public void A_plan_added_or_deleted_is_seen()
    {
        using var db = new SeededDatabase();
        using var changes = new StoreChanges(db.Database);
        var cache = new PlanCache(new PlanReader(db.Database), changes);
        var first = Assert.Single(cache.LoadAll());

        new NextYearPlan(db.Database).Start(Changed, 108, SeededDatabase.Context);
        var two = cache.LoadAll();
        Assert.Equal([Other, Changed], two.Select(p => p.Plan.Slug));
        Assert.Equal(Json(new PlanReader(db.Database).Load(Changed)!), Json(two[1]));

        ElsewhereExecute(db.Database, "DELETE FROM plans WHERE slug = '108-secretariat'");
        Assert.Equal([Changed], cache.LoadAll().Select(p => p.Plan.Slug));
        Assert.Null(cache.Load(Other));
        Assert.NotNull(first);
    }

    [Fact]
    public void Commits_that_touch_no_plan_content_read_no_plan_again()
    {
        using var db = TwoPlans();
        using var changes = new StoreChanges(db.Database);
        var cache = new PlanCache(new PlanReader(db.Database), changes);
        var before = cache.LoadAll();
        var one = cache.Load(Changed);

        ElsewhereExecute(db.Database, "INSERT INTO users (name, role, password_hash, security_stamp, created_at) VALUES ('someone', 'editor', 'x', 'y', '2018-12-31')");
        ElsewhereExecute(db.Database, "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) SELECT 'hash', id, 'a', 'b' FROM users WHERE name = 'someone'");
        ElsewhereExecute(db.Database, "UPDATE sessions SET last_seen_at = 'c'");
        ElsewhereExecute(db.Database, "INSERT INTO audit_log (at, user_name, plan_id, entity, entity_id, action) SELECT 'a', 'test', id, 'actual', '1', 'update' FROM plans");
        ElsewhereExecute(db.Database, "INSERT INTO releases (name, created_at, user_name, pages, files, bytes, seconds) VALUES ('r1', 'a', 'test', 1, 1, 1, 1)");
        ElsewhereExecute(db.Database, "INSERT INTO site_pages (key, language, markdown) VALUES ('test-page', 'en', 'text')");

        var after = cache.LoadAll();
        Assert.Equal(before.Count, after.Count);
        for (var i = 0; i < before.Count; i++)
        {
            Assert.Same(before[i], after[i]);
        }

        Assert.Same(one, cache.Load(Changed));
    }

    [Fact]
    public void A_plan_read_alone_is_the_same_snapshot_as_read_with_all_the_others()
    {
        using var db = TwoPlans();
        var reader = new PlanReader(db.Database);
        foreach (var snapshot in reader.LoadAll())
        {
            Assert.Equal(Json(snapshot), Json(reader.Load(snapshot.Plan.Slug)!));
        }
    }

    /// <summary>
    /// Every table is either stamped on insert, update and delete, or named here as holding no
    /// plan's content: a table added later fails this test until it is one or the other.
    /// </summary>
    [Fact]
    public void Every_table_is_stamped_or_known_to_hold_no_plan_content()
    {
        string[] notContent = ["plan_stamps", "releases", "sessions", "site_pages", "users"];
        using var db = new TempDatabase();
        using var c = db.Database.Open();
        var triggers = c.Query("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'plan_stamps_%'", r => (Table: r.GetString(0), Sql: r.GetString(1)));
        foreach (var table in c.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", r => r.GetString(0)).Except(notContent))
        {
            // An agency is created before its plans and can be deleted only without them.
            var events = table == "agencies" ? new[] { "UPDATE" } : ["INSERT", "UPDATE", "DELETE"];
            foreach (var e in events)
            {
                Assert.True(triggers.Any(t => t.Table == table && t.Sql.Contains($"AFTER {e} ON {table}", StringComparison.Ordinal)), $"{table} has no plan_stamps trigger after {e}");
            }
        }
    }

    private static SeededDatabase TwoPlans()
    {
        var db = new SeededDatabase();
        new NextYearPlan(db.Database).Start(Changed, 108, SeededDatabase.Context);
        return db;
    }

    /// <summary>As another process would: its own connection, not the pool the stores use.</summary>
    private static void ElsewhereExecute(PlanDatabase database, string sql)
    {
        using var other = new SqliteConnection($"Data Source={database.Path};Pooling=False;Foreign Keys=True");
        other.Open();
        Assert.True(other.Execute(sql) > 0, sql);
    }

    private static string Json(PlanSnapshot snapshot) => JsonSerializer.Serialize(snapshot);
}
