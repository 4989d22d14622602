using PerformancePlan.Core.Agencies;
using PerformancePlan.Core.Import;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Agencies;

public class PlanAgencyTests
{
    [Fact]
    public void An_imported_plan_finds_its_agency_by_the_documents_agency_name()
    {
        using var db = new TempDatabase();
        new AgencyStore(db.Database).Create("sec", new("秘書處", "Secretariat"), 5, SeededDatabase.Context);
        new PlanContentWriter(db.Database).Upsert(SeedFiles.Parse(), SeededDatabase.Context);
        Assert.Equal("sec", new PlanReader(db.Database).Load("107-secretariat")!.Plan.AgencyCode);
        Assert.Single(new AgencyStore(db.Database).List());
    }

    [Fact]
    public void An_imported_plan_with_a_new_agency_code_creates_that_agency_named_as_the_document_says()
    {
        using var db = new TempDatabase();
        var plan = SeedFiles.Parse().Plan with { AgencyCode = "general-affairs" };
        new PlanContentWriter(db.Database).Upsert(plan, [], SeededDatabase.Context);
        var agency = new AgencyStore(db.Database).Find("general-affairs")!;
        Assert.Equal(new Bilingual("秘書處", "Secretariat"), agency.Name);
    }

    [Fact]
    public void A_second_plan_of_one_agency_for_one_year_is_refused_naming_the_agency()
    {
        using var db = new TempDatabase();
        var writer = new PlanContentWriter(db.Database);
        writer.Upsert(SeedFiles.Parse(), SeededDatabase.Context);
        var again = SeedFiles.Parse().Plan with { Slug = "107-secretariat-again" };
        var ex = Assert.Throws<ValidationException>(() => writer.Upsert(again, [], SeededDatabase.Context));
        Assert.Equal("agency", ex.Errors.Single().Field);
        Assert.Single(new PlanReader(db.Database).ListPlans());
    }

    [Fact]
    public void A_bad_agency_code_is_refused_naming_the_code_and_creates_nothing()
    {
        using var db = new TempDatabase();
        var ex = Assert.Throws<ValidationException>(() =>
            new AgencyStore(db.Database).Create("Secretariat!", new("秘書處", string.Empty), 1, SeededDatabase.Context));
        Assert.Equal("code", ex.Errors.Single().Field);
        Assert.Empty(new AgencyStore(db.Database).List());
    }

    [Fact]
    public void Renaming_an_agency_is_audited_field_by_field()
    {
        using var db = new TempDatabase();
        var store = new AgencyStore(db.Database);
        var created = store.Create("sec", new("秘書處", string.Empty), 5, SeededDatabase.Context);
        store.Update("sec", new("秘書處", "Secretariat"), 5, created.Version, SeededDatabase.Context);
        using var c = db.Database.Open();
        Assert.Equal(
            ["create:", "update:name_en"],
            c.Query("SELECT action || ':' || field AS x FROM audit_log WHERE entity = 'agency' ORDER BY id", r => r.GetString(0)));
        Assert.Throws<ConcurrencyConflictException>(() => store.Update("sec", new("秘書處", "x"), 5, created.Version, SeededDatabase.Context));
    }
}
