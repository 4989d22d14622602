using PerformancePlan.Core.Store;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Store;

public class MigrationsTests
{
    [Fact]
    public void A_fresh_database_reaches_the_latest_schema_with_foreign_keys_and_wal()
    {
        using var db = new TempDatabase();
        using var c = db.Database.Open();
        Assert.True(Migrations.Latest >= 1);
        Assert.Equal(Migrations.Latest, Migrations.CurrentVersion(c));
        Assert.Equal(1L, c.Scalar("PRAGMA foreign_keys"));
        Assert.Equal("wal", c.Scalar("PRAGMA journal_mode"));
        Assert.Equal(
            ["actuals", "agencies", "audit_log", "budget_lines", "esignature_months", "exchanges", "goal_items", "goals", "indicator_links", "indicators", "plan_stamps", "plan_tasks", "plans", "releases", "sessions", "settings", "site_pages", "users"],
            c.Query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", r => r.GetString(0)));
    }

    [Fact]
    public void Applying_again_changes_nothing()
    {
        using var db = new TempDatabase();
        using (var c = db.Database.Open())
        {
            Migrations.Apply(c);
            Assert.Equal(Migrations.Latest, Migrations.CurrentVersion(c));
        }

        Assert.Equal(Migrations.All.Count, Migrations.Latest);
    }

    [Fact]
    public void A_database_newer_than_the_program_is_refused()
    {
        using var db = new TempDatabase();
        using var c = db.Database.Open();
        c.Execute($"PRAGMA user_version = {Migrations.Latest + 1}");
        var ex = Assert.Throws<InvalidOperationException>(() => Migrations.Apply(c));
        Assert.Contains("newer than this program knows", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Foreign_keys_are_enforced()
    {
        using var db = new TempDatabase();
        using var c = db.Database.Open();
        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() =>
            c.Execute("INSERT INTO goals (plan_id, ordinal, title_zh, weight_percent) VALUES (42, 1, 'x', '1')"));
    }
}
