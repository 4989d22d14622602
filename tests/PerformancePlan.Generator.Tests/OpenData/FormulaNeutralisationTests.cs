using PerformancePlan.Core.Store;
using PerformancePlan.Generator.OpenData;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.OpenData;

public sealed class FormulaNeutralisationTests : IDisposable
{
    private readonly TempSite site = new(db =>
    {
        using var c = db.Open();
        c.Execute("UPDATE exchanges SET summary_zh = '=HYPERLINK(\"http://evil.example\",\"點我\")', summary_en = '@SUM(1+1)' WHERE id = (SELECT MIN(id) FROM exchanges)");
        c.Execute("UPDATE budget_lines SET note_zh = '+886-3-3322101', note_en = '-Renovation' WHERE ordinal = 1");
    });

    public void Dispose() => site.Dispose();

    [Fact]
    public void Formula_like_text_is_neutralised_in_the_csv_and_shown_as_is_on_the_page()
    {
        site.Build();
        var exchanges = CsvReader.Read(File.ReadAllBytes(site.File($"data/{TempSite.Slug}/exchanges.csv")));
        var header = exchanges[0].ToList();
        var row = exchanges.Skip(1).Single(r => r[header.IndexOf("summary_en")].Contains("SUM", StringComparison.Ordinal));
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"點我\")", row[header.IndexOf("summary_zh")]);
        Assert.Equal("'@SUM(1+1)", row[header.IndexOf("summary_en")]);

        var budget = CsvReader.Read(File.ReadAllBytes(site.File($"data/{TempSite.Slug}/budget.csv")));
        var budgetHeader = budget[0].ToList();
        Assert.Equal("'+886-3-3322101", budget[1][budgetHeader.IndexOf("note_zh")]);
        Assert.Equal("'-Renovation", budget[1][budgetHeader.IndexOf("note_en")]);
        Assert.All(budget.Skip(1), r => Assert.DoesNotContain("'", r[budgetHeader.IndexOf("amount_thousand_ntd")], StringComparison.Ordinal));

        Assert.Contains("=HYPERLINK(", site.Page($"zh-tw/{TempSite.Slug}/exchanges/").QuerySelector("#exchange-list")!.TextContent, StringComparison.Ordinal);
    }
}
