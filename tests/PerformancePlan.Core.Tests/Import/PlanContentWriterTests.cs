using PerformancePlan.Core.Import;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Import;

public class PlanContentWriterTests
{
    private static readonly ChangeContext Later = new("editor", new DateTimeOffset(2019, 3, 5, 8, 0, 0, TimeSpan.Zero), "corrected targets");

    [Fact]
    public void A_new_plan_is_stored_with_everything_the_document_says()
    {
        using var db = new TempDatabase();
        var result = new PlanContentWriter(db.Database).Upsert(SeedFiles.Parse(), SeededDatabase.Context);
        Assert.True(result.Created);
        Assert.Equal(15, result.IndicatorsAdded);

        var snapshot = new PlanReader(db.Database).Load("107-secretariat")!;
        Assert.Equal(5, snapshot.Plan.Tasks.Count);
        Assert.Equal([10m, 8m, 5m, 2m, 10m, 10m, 2m, 3m], snapshot.Plan.Goals.Select(g => g.WeightPercent));
        Assert.Equal(15, snapshot.Plan.Indicators.Count());
        Assert.Equal(IndicatorDirection.Completion, snapshot.FindIndicator("5.2")!.Direction);
        Assert.Equal(53628.75m, snapshot.BudgetTotal);
        Assert.Equal(5328.75m, snapshot.BudgetLines[4].AmountThousandNtd);
        Assert.Equal(new DateOnly(2018, 12, 31), snapshot.ContentUpdatedOn);
        Assert.Equal("Secretariat", snapshot.Plan.Agency.En);
        Assert.Equal("secretariat", snapshot.Plan.AgencyCode);
        Assert.Equal("Secretariat, Taoyuan City Government", snapshot.Plan.AgencyWithCity.En);
    }

    [Fact]
    public void Each_import_records_one_audit_entry()
    {
        using var db = new SeededDatabase(withData: false);
        new PlanContentWriter(db.Database).Upsert(SeedFiles.Parse(), Later);
        using var c = db.Database.Open();
        var entries = c.Query("SELECT * FROM audit_log WHERE entity = 'plan' ORDER BY id", AuditTrail.Read);
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal("import", e.Action));
        Assert.Null(entries[0].OldValue);
        Assert.Equal("8 goals, 15 indicators, 9 budget lines, total 53628.75 NT$ thousand", entries[1].NewValue);
        Assert.Equal("editor", entries[1].UserName);
    }

    [Fact]
    public void Reimporting_updates_targets_in_place_and_keeps_actuals_exchanges_and_months()
    {
        using var db = new SeededDatabase();
        var reader = new PlanReader(db.Database);
        var before = reader.Load("107-secretariat")!;

        var changed = SeedFiles.Chinese.Replace("\t6 次", "\t8 次", StringComparison.Ordinal);
        var imported = PlanDocumentParser.Parse(changed, "plan.zh-TW.md", SeedFiles.English.Replace("6 exchanges", "8 exchanges", StringComparison.Ordinal), "plan.en.md", "107-secretariat");
        var result = new PlanContentWriter(db.Database).Upsert(imported, Later);

        var after = reader.Load("107-secretariat")!;
        Assert.False(result.Created);
        Assert.Equal(1, result.IndicatorsUpdated);
        Assert.Equal(0, result.IndicatorsAdded + result.IndicatorsRemoved);
        Assert.Equal(8m, after.FindIndicator("1.1")!.TargetValue);
        Assert.Equal(before.Plan.Indicators.Select(i => i.Id), after.Plan.Indicators.Select(i => i.Id));
        Assert.Equal(before.Plan.Goals.Select(g => g.Id), after.Plan.Goals.Select(g => g.Id));
        Assert.Equal(before.BudgetLines.Select(b => b.Id), after.BudgetLines.Select(b => b.Id));
        Assert.Equal(56, after.Plan.Indicators.Sum(i => i.Actuals.Count));
        Assert.Equal(before.FindIndicator("1.1")!.Actuals, after.FindIndicator("1.1")!.Actuals);
        Assert.Equal(46, after.Exchanges.Count);
        Assert.Equal(12, after.ESignatureMonths.Count);
        Assert.Equal(before.FindIndicator("1.1")!.Version + 1, after.FindIndicator("1.1")!.Version);
        Assert.Equal(before.FindIndicator("1.2")!.Version, after.FindIndicator("1.2")!.Version);
        Assert.Equal(new DateOnly(2019, 3, 5), after.ContentUpdatedOn);
    }

    [Fact]
    public void Dropping_an_indicator_that_has_actuals_is_refused_by_name_and_changes_nothing()
    {
        using var db = new SeededDatabase();
        var dump = DatabaseDump.Of(db.Database);
        var seed = SeedFiles.Parse();
        var withoutMedia = seed with
        {
            Plan = seed.Plan with
            {
                Goals = seed.Plan.Goals.Select(g => g.Ordinal != 2 ? g : g with
                {
                    WeightPercent = 6m,
                    Indicators = g.Indicators.Where(i => i.Ordinal != 4).ToList(),
                }).ToList(),
            },
        };

        var ex = Assert.Throws<ValidationException>(() => new PlanContentWriter(db.Database).Upsert(withoutMedia, Later));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("indicator 2.4", error.Field);
        Assert.Equal("the document no longer has indicator 2.4 '增加媒體曝光', but 4 actuals are recorded against it; remove or reassign them first", error.Message.En);
        Assert.Equal(dump, DatabaseDump.Of(db.Database));
    }

    [Fact]
    public void Dropping_an_indicator_that_exchange_entries_count_towards_names_both_kinds_of_record()
    {
        using var db = new SeededDatabase();
        var dump = DatabaseDump.Of(db.Database);
        var seed = SeedFiles.Parse();
        var withoutDelegations = seed with
        {
            Plan = seed.Plan with
            {
                Goals = seed.Plan.Goals.Select(g => g.Ordinal != 1 ? g : g with
                {
                    WeightPercent = 5m,
                    Indicators = g.Indicators.Where(i => i.Ordinal != 2).ToList(),
                }).ToList(),
            },
        };

        var ex = Assert.Throws<ValidationException>(() => new PlanContentWriter(db.Database).Upsert(withoutDelegations, Later));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("indicator 1.2", error.Field);
        Assert.Equal("the document no longer has indicator 1.2 '接待國際訪賓', but 4 actuals and 19 exchange entries are recorded against it; remove or reassign them first", error.Message.En);
        Assert.Equal("文件已無指標 1.2「接待國際訪賓」，但它有 4 筆實際值及 19 筆交流紀錄；請先移除或改歸其他指標", error.Message.Zh);
        Assert.Equal(dump, DatabaseDump.Of(db.Database));
    }

    [Fact]
    public void Dropping_an_indicator_without_data_removes_it_and_keeps_the_others_ids()
    {
        using var db = new SeededDatabase(withData: false);
        var reader = new PlanReader(db.Database);
        var before = reader.Load("107-secretariat")!;
        var seed = SeedFiles.Parse();
        var smaller = seed with
        {
            Plan = seed.Plan with { Goals = seed.Plan.Goals.Select(g => g.Ordinal != 2 ? g : g with { Indicators = g.Indicators.Take(3).ToList() }).ToList() },
            BudgetLines = seed.BudgetLines.Take(8).ToList(),
        };

        var result = new PlanContentWriter(db.Database).Upsert(smaller, Later);

        var after = reader.Load("107-secretariat")!;
        Assert.Equal(1, result.IndicatorsRemoved);
        Assert.Null(after.FindIndicator("2.4"));
        Assert.Equal(before.Plan.Indicators.Where(i => i.Code != "2.4").Select(i => i.Id), after.Plan.Indicators.Select(i => i.Id));
        Assert.Equal(8, after.BudgetLines.Count);
    }

    [Fact]
    public void A_slug_that_cannot_appear_in_a_url_is_refused()
    {
        using var db = new TempDatabase();
        var seed = SeedFiles.Parse();
        var ex = Assert.Throws<ValidationException>(() => new PlanContentWriter(db.Database).Upsert(seed with { Plan = seed.Plan with { Slug = "秘書處 107" } }, Later));
        Assert.Equal("slug", Assert.Single(ex.Errors).Field);
        using var c = db.Database.Open();
        Assert.Equal(0L, c.Scalar("SELECT COUNT(*) FROM plans"));
    }

    [Theory]
    [InlineData("agencies")]
    [InlineData("indicators")]
    [InlineData("data")]
    [InlineData("about")]
    public void A_slug_the_site_uses_for_its_own_folders_is_refused_naming_the_field(string slug)
    {
        using var db = new TempDatabase();
        var seed = SeedFiles.Parse();
        var ex = Assert.Throws<ValidationException>(() => new PlanContentWriter(db.Database).Upsert(seed with { Plan = seed.Plan with { Slug = slug } }, Later));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("slug", error.Field);
        Assert.Contains($"'{slug}'", error.Message.En, StringComparison.Ordinal);
        Assert.Contains("reserved", error.Message.En, StringComparison.Ordinal);
        using var c = db.Database.Open();
        Assert.Equal(0L, c.Scalar("SELECT COUNT(*) FROM plans"));
    }
}
