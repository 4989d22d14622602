using PerformancePlan.Core.Import.Seeding;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.SitePages;
using PerformancePlan.Core.Tests.Support;

namespace PerformancePlan.Core.Tests.Import.Seeding;

public class ContentSeederTests
{
    [Fact]
    public void An_empty_database_is_filled_from_the_shipped_content()
    {
        using var db = new TempDatabase();
        var result = ContentSeeder.SeedIfEmpty(db.Database, RepositoryPaths.Content, SeededDatabase.Context);

        Assert.NotNull(result);
        Assert.Equal(["107-secretariat"], result.PlanSlugs);
        Assert.Equal((56, 46, 12), (result.Actuals, result.Exchanges, result.ESignatureMonths));
        var snapshot = new PlanReader(db.Database).Load("107-secretariat")!;
        Assert.True(snapshot.Plan.IsSample);
        Assert.Equal(15, snapshot.Plan.Indicators.Count());
        Assert.Equal(53628.75m, snapshot.BudgetTotal);
        Assert.Equal(56, snapshot.Plan.Indicators.Sum(i => i.Actuals.Count));
        Assert.Equal(46, snapshot.Exchanges.Count);
        Assert.Equal(12, snapshot.ESignatureMonths.Count);
        // Dated by its newest data (the last Q4 actual, reported on 2019-01-17), not by the day it was seeded.
        Assert.Equal(new DateOnly(2019, 1, 17), snapshot.ContentUpdatedOn);
        Assert.Equal(new DateOnly(2019, 1, 17), snapshot.LastUpdatedOn);

        var pageFiles = Directory.Exists(Path.Combine(RepositoryPaths.Content, "pages"))
            ? Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "pages"), "*.md").Length
            : 0;
        Assert.Equal(pageFiles, result.Pages);
        Assert.Equal(pageFiles, new SitePageStore(db.Database).LoadTexts().Count);
    }

    [Fact]
    public void A_database_that_holds_a_plan_is_left_alone()
    {
        using var db = new TempDatabase();
        ContentSeeder.SeedIfEmpty(db.Database, RepositoryPaths.Content, SeededDatabase.Context);
        var before = DatabaseDump.Of(db.Database);

        Assert.Null(ContentSeeder.SeedIfEmpty(db.Database, RepositoryPaths.Content, SeededDatabase.Context));
        Assert.Equal(before, DatabaseDump.Of(db.Database));
    }

    [Fact]
    public void Pages_become_site_pages_by_key_and_language_and_a_plan_without_data_is_not_sample()
    {
        using var db = new TempDatabase();
        using var content = new TempContent();
        content.Write("plans/108-civil-affairs/plan.zh-TW.md", SeedFiles.Fixture("108-civil-affairs", "plan.zh-TW.md"));
        content.Write("pages/about.zh-TW.md", "# 關於");
        content.Write("pages/about.en.md", "# About");

        var result = ContentSeeder.SeedIfEmpty(db.Database, content.Root, SeededDatabase.Context)!;

        Assert.Equal(2, result.Pages);
        var pages = new SitePageStore(db.Database).LoadTexts();
        Assert.Equal("# 關於", pages[("about", "zh-TW")]);
        Assert.Equal("# About", pages[("about", "en")]);
        Assert.False(Assert.Single(new PlanReader(db.Database).ListPlans()).IsSample);
    }

    [Fact]
    public void A_bad_file_in_the_content_leaves_the_database_empty()
    {
        using var db = new TempDatabase();
        using var content = new TempContent();
        content.Write("plans/107-secretariat/plan.zh-TW.md", SeedFiles.Chinese);
        content.Write("plans/107-secretariat/actuals.csv", File.ReadAllText(Path.Combine(SeedFiles.PlanFolder, "actuals.csv")) + "1.1,2018-Q9,1,,,x,2018-04-01\n");
        content.Write("pages/about.zh-TW.md", "# 關於");
        var before = DatabaseDump.Of(db.Database);

        var ex = Assert.Throws<Core.Import.Data.CsvImportException>(() => ContentSeeder.SeedIfEmpty(db.Database, content.Root, SeededDatabase.Context));

        Assert.Equal("plans/107-secretariat/actuals.csv", ex.SourceName);
        Assert.Equal("row 57 (line 58): field 'period': '2018-Q9' is not a period; expected YYYY-Qn (2018-Q1) or YYYY-MM (2018-03)", Assert.Single(ex.Errors).ToString());
        Assert.Equal(before, DatabaseDump.Of(db.Database));
    }

    private sealed class TempContent : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("pp-content-").FullName;

        public void Write(string relative, string text)
        {
            var path = Path.Combine(Root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
