using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Agencies;

/// <summary>Migration 3 turns the agency names plans held into agencies, and makes the city a setting.</summary>
public class AgencyMigrationTests
{
    private const int Before = 2;

    [Fact]
    public void The_seed_plan_belongs_to_the_Secretariat_after_the_migration()
    {
        using var db = new TempDatabase();
        using (var c = OpenAtVersion(db, Before))
        {
            InsertOldPlan(c, "107-secretariat", 107, "秘書處", "Secretariat, Taoyuan City Government");
            Migrations.Apply(c);
        }

        var plan = new PlanReader(db.Database).Load("107-secretariat")!.Plan;
        Assert.Equal("secretariat", plan.AgencyCode);
        Assert.Equal(new Bilingual("秘書處", "Secretariat"), plan.Agency);
        Assert.Equal(new Bilingual("桃園市政府", "Taoyuan City Government"), plan.City);
        Assert.Equal("Secretariat, Taoyuan City Government", plan.AgencyWithCity.En);
    }

    [Fact]
    public void Plans_of_one_agency_share_it_and_an_agency_named_with_the_city_is_named_without_it()
    {
        using var db = new TempDatabase();
        using (var c = OpenAtVersion(db, Before))
        {
            InsertOldPlan(c, "106-civil", 106, "民政局", "Department of Civil Affairs");
            InsertOldPlan(c, "107-civil-affairs", 107, "桃園市政府民政局", "Department of Civil Affairs");
            InsertOldPlan(c, "107-secretariat", 107, "秘書處", string.Empty);
            Migrations.Apply(c);
            Assert.Equal(
                [("civil", "民政局"), ("secretariat", "秘書處")],
                c.Query("SELECT code, name_zh FROM agencies ORDER BY sort_order", r => (r.Text("code"), r.Text("name_zh"))));
            Assert.Equal(1L, c.Scalar("SELECT COUNT(DISTINCT agency_id) FROM plans WHERE slug LIKE '%civil%'"));
        }
    }

    [Fact]
    public void Two_agencies_whose_slugs_give_the_same_code_get_codes_of_their_own()
    {
        using var db = new TempDatabase();
        using var c = OpenAtVersion(db, Before);
        InsertOldPlan(c, "107-bureau", 107, "工務局", "Public Works");
        InsertOldPlan(c, "108-bureau", 108, "水務局", "Water Resources");
        Migrations.Apply(c);
        Assert.Equal(
            ["bureau", "agency-2"],
            c.Query("SELECT code FROM agencies ORDER BY sort_order", r => r.Text("code")));
        Assert.Equal(0L, c.Scalar("SELECT COUNT(*) FROM plans WHERE agency_id IS NULL"));
    }

    [Fact]
    public void After_the_migration_an_agency_has_one_plan_per_year_and_every_plan_an_agency()
    {
        using var db = new TempDatabase();
        using var c = OpenAtVersion(db, Before);
        InsertOldPlan(c, "107-secretariat", 107, "秘書處", "Secretariat");
        Migrations.Apply(c);
        var agencyId = c.Scalar("SELECT id FROM agencies WHERE code = 'secretariat'");
        var twice = Assert.Throws<SqliteException>(() => c.Execute(
            "INSERT INTO plans (slug, roc_year, agency_id, vision_zh, updated_on) VALUES ('107-again', 107, $agencyId, 'v', '2018-01-01')",
            null, new { agencyId }));
        Assert.Contains("UNIQUE", twice.Message, StringComparison.Ordinal);
        var none = Assert.Throws<SqliteException>(() => c.Execute(
            "INSERT INTO plans (slug, roc_year, vision_zh, updated_on) VALUES ('108-nobody', 108, 'v', '2018-01-01')"));
        Assert.Contains("every plan belongs to an agency", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_plans_of_one_agency_in_one_year_stop_the_migration_and_leave_the_database_as_it_was()
    {
        using var db = new TempDatabase();
        using var c = OpenAtVersion(db, Before);
        InsertOldPlan(c, "107-secretariat", 107, "秘書處", "Secretariat");
        InsertOldPlan(c, "107-secretariat-copy", 107, "秘書處", "Secretariat");
        var ex = Assert.Throws<InvalidOperationException>(() => Migrations.Apply(c));
        Assert.Contains("003_agencies_and_chains", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Before, Migrations.CurrentVersion(c));
        Assert.Equal(2L, c.Scalar("SELECT COUNT(*) FROM plans WHERE agency_zh = '秘書處'"));
    }

    private static SqliteConnection OpenAtVersion(TempDatabase db, int version)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db.Path, ForeignKeys = true }.ToString());
        c.Open();
        Migrations.Apply(c, version);
        return c;
    }

    private static void InsertOldPlan(SqliteConnection c, string slug, int rocYear, string agencyZh, string agencyEn) =>
        c.Execute(
            "INSERT INTO plans (slug, roc_year, agency_zh, agency_en, vision_zh, updated_on) VALUES ($slug, $rocYear, $agencyZh, $agencyEn, '願景', '2018-01-01')",
            null,
            new { slug, rocYear, agencyZh, agencyEn });
}
