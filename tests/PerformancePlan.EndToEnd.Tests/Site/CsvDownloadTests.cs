using System.Globalization;
using PerformancePlan.Core;
using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Site;

/// <summary>
/// A journalist clicks each "download CSV" link and gets a file that a spreadsheet reads (UTF-8 with
/// a BOM, RFC 4180) holding the same figures as the table above the link.
/// </summary>
[Collection(Collections.SiteData)]
public sealed class CsvDownloadTests(PublishedSiteFixture site, ITestOutputHelper output)
{
    public static TheoryData<string, string> PagesWithTables()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in LanguageExtensions.All)
        {
            foreach (var type in new[] { "goal", "exchanges", "budget", "e-signature", "open-data" })
            {
                data.Add(language.Segment(), type);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesWithTables))]
    public async Task Each_download_csv_link_gives_a_csv_with_a_bom_whose_rows_equal_the_table_shown(string segment, string type)
    {
        var paths = type == "goal"
            ? site.Plan.Plan.Goals.Select(g => PublicPages.Goal(PublicPages.Parse(segment), g.Ordinal)).ToList()
            : [PublicPages.PathOf(segment, type)];
        await using var session = await site.OpenSessionAsync();
        var checkedLinks = 0;
        foreach (var path in paths)
        {
            await session.GotoAsync(path);
            var links = session.Page.Locator("main a[href$='.csv']");
            var count = await links.CountAsync();
            Assert.True(count > 0, $"{path} has no download CSV link");
            for (var i = 0; i < count; i++)
            {
                var link = links.Nth(i);
                var shown = await ShownTable.BeforeAsync(link);
                var download = await session.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
                var file = Path.Combine(Artifacts.Downloads, $"{segment}-{type}-{i}-{download.SuggestedFilename}");
                await download.SaveAsAsync(file);
                Assert.Null(await download.FailureAsync());

                var csv = CsvFile.Parse(await File.ReadAllBytesAsync(file));
                var where = $"link {i + 1} ({download.SuggestedFilename}) on {path}";
                Assert.True(csv.HasBom, $"{where}: the CSV has no UTF-8 BOM");
                Assert.True(shown.Kind != "none", $"{where}: no table or list before the link");
                var dataset = Path.GetFileNameWithoutExtension(download.SuggestedFilename);
                var goal = type == "goal" ? int.Parse(path.TrimEnd('/').Split('/')[^1], CultureInfo.InvariantCulture) : (int?)null;
                ShownRowsMatch.Assert(dataset, shown, csv, goal, where);
                checkedLinks++;
            }
        }

        output.WriteLine($"{checkedLinks} CSV downloads checked");
        session.AssertNoPageErrors();
    }
}
