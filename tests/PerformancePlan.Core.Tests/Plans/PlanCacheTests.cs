using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Plans;

public class PlanCacheTests
{
    [Fact]
    public void Without_a_commit_the_same_reads_are_returned()
    {
        using var seeded = new SeededDatabase();
        using var changes = new StoreChanges(seeded.Database);
        var cache = new PlanCache(new PlanReader(seeded.Database), changes);

        Assert.Same(cache.ListPlans(), cache.ListPlans());
        Assert.Same(cache.Load("107-secretariat"), cache.Load("107-secretariat"));
        Assert.Null(cache.Load("no-such-plan"));
    }

    [Fact]
    public void A_save_through_a_store_is_seen_at_the_next_read()
    {
        using var seeded = new SeededDatabase();
        using var changes = new StoreChanges(seeded.Database);
        var cache = new PlanCache(new PlanReader(seeded.Database), changes);
        var before = cache.Load("107-secretariat")!;
        var indicator = before.Plan.Indicators.First(i => i.Actuals.Count > 0);
        var actual = indicator.Actuals[0];

        new ActualStore(seeded.Database).Save(before.Plan.Id, actual with { Value = actual.Value + 1 }, actual.Version, SeededDatabase.Context);

        var after = cache.Load("107-secretariat")!;
        Assert.Equal(actual.Value + 1, after.FindIndicator(indicator.Code)!.Actuals.Single(a => a.Period == actual.Period).Value);
    }

    [Fact]
    public void A_commit_by_another_connection_outside_the_stores_is_seen_too()
    {
        using var seeded = new SeededDatabase();
        using var changes = new StoreChanges(seeded.Database);
        var cache = new PlanCache(new PlanReader(seeded.Database), changes);
        Assert.Single(cache.ListPlans());

        // As another process would: its own connection, not the pool the stores use.
        using (var other = new SqliteConnection($"Data Source={seeded.Database.Path};Pooling=False"))
        {
            other.Open();
            other.Execute("UPDATE plans SET roc_year = 108");
        }

        Assert.Equal(108, cache.ListPlans().Single().RocYear);
        Assert.Equal(108, cache.Load("107-secretariat")!.Plan.RocYear);
    }

    [Fact]
    public void The_version_changes_with_every_commit_elsewhere_and_not_without_one()
    {
        using var seeded = new SeededDatabase();
        using var changes = new StoreChanges(seeded.Database);
        var first = changes.Version();
        Assert.Equal(first, changes.Version());

        using (var c = seeded.Database.Open())
        {
            c.Execute("UPDATE plans SET vision_en = vision_en || ' '");
        }

        Assert.NotEqual(first, changes.Version());
    }

    [Fact]
    public void Loading_every_plan_gives_what_the_reader_gives_and_reads_nothing_again_without_a_commit()
    {
        using var seeded = new SeededDatabase();
        using var changes = new StoreChanges(seeded.Database);
        var reader = new PlanReader(seeded.Database);
        var cache = new PlanCache(reader, changes);

        var all = cache.LoadAll();

        Assert.Equal(reader.LoadAll().Select(p => p.Plan.Slug).ToList(), all.Select(p => p.Plan.Slug).ToList());
        Assert.Equal(reader.Load("107-secretariat")!.Plan.Indicators.Count(), all.Single().Plan.Indicators.Count());
        Assert.Same(all.Single(), cache.LoadAll().Single());
        Assert.Same(all.Single(), cache.Load("107-secretariat"));
    }

    [Fact]
    public void A_derived_value_is_computed_once_per_key_until_a_commit_and_again_after_it()
    {
        using var seeded = new SeededDatabase();
        using var changes = new StoreChanges(seeded.Database);
        var cache = new PlanCache(new PlanReader(seeded.Database), changes);
        var computed = 0;
        string Years(PlanCache plans)
        {
            computed++;
            return string.Join(",", plans.ListPlans().Select(p => p.RocYear));
        }

        Assert.Equal("107", cache.Derived("years", Years));
        Assert.Equal("107", cache.Derived("years", Years));
        Assert.Equal(1, computed);
        cache.Derived("years as of another day", Years);
        Assert.Equal(2, computed);

        using (var c = seeded.Database.Open())
        {
            c.Execute("UPDATE plans SET roc_year = 108");
        }

        Assert.Equal("108", cache.Derived("years", Years));
        Assert.Equal(3, computed);
    }
}
