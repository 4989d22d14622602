using System.IO.Compression;
using System.Text.Json;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.Generator.OpenData;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.City;

public sealed class AllDataTests(BuiltSampleCity city) : IClassFixture<BuiltSampleCity>
{
    private static readonly string[] AllFiles =
        [.. Datasets.All.Select(d => d.FileName).Concat(CityCsv.AcrossPlansResources(default).Select(r => r.Path)).Append("datapackage.json").Order(StringComparer.Ordinal)];

    [Fact]
    public void Each_all_city_csv_is_exactly_the_union_of_the_per_plan_csvs()
    {
        foreach (var dataset in Datasets.All)
        {
            var all = CsvReader.Read(File.ReadAllBytes(city.Site.File($"data/all/{dataset.FileName}")));
            var perPlan = city.Plans
                .Select(p => CsvReader.Read(File.ReadAllBytes(city.Site.File($"data/{p.Plan.Slug}/{dataset.FileName}"))))
                .ToList();
            Assert.All(perPlan, p => Assert.Equal(p[0], all[0]));
            var expected = perPlan.SelectMany(p => p.Skip(1)).Select(r => string.Join('\u001f', r)).Order(StringComparer.Ordinal).ToList();
            var actual = all.Skip(1).Select(r => string.Join('\u001f', r)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, actual);
        }

        var indicators = Rows("data/all/indicators.csv");
        Assert.Equal(city.Plans.Sum(p => p.Plan.Indicators.Count()), indicators.Count);
        Assert.Equal(city.Plans.Select(p => p.Plan.Slug).Order(StringComparer.Ordinal), indicators.Select(r => r["plan"]).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_files_of_the_agency_and_chain_pages_are_joined_in_data_all_each_row_once()
    {
        var agencies = city.Plans.Select(p => p.Plan.AgencyCode).Distinct().ToList();
        var chains = city.Chains.All.Where(c => c.RunsAcrossYears).ToList();
        Assert.NotEmpty(chains);
        foreach (var (all, parts) in new[]
        {
            ("data/all/chains.csv", agencies.Select(a => $"data/agencies/{a}/chains.csv")),
            ("data/all/chain-years.csv", chains.Select(c => $"data/chains/{c.Id}.csv")),
            ("data/all/e-signature-years.csv", agencies.Select(a => $"data/agencies/{a}/e-signature-years.csv")),
        })
        {
            var joined = CsvReader.Read(File.ReadAllBytes(city.Site.File(all)));
            var each = parts.Select(p => CsvReader.Read(File.ReadAllBytes(city.Site.File(p)))).ToList();
            Assert.All(each, p => Assert.Equal(p[0], joined[0]));
            Assert.Equal(
                each.SelectMany(p => p.Skip(1)).Select(r => string.Join('\u001f', r)),
                joined.Skip(1).Select(r => string.Join('\u001f', r)));
        }

        Assert.Equal(chains.Sum(c => c.Years.Count), Rows("data/all/chain-years.csv").Count);
        Assert.Equal(city.Plans.Count, Rows("data/all/e-signature-years.csv").Count);
    }

    [Fact]
    public void Every_row_names_its_plan_agency_and_year()
    {
        foreach (var dataset in Datasets.All)
        {
            var header = dataset.Header;
            Assert.Equal(["plan", "agency", "roc_year", "ad_year"], header.Take(4));
        }

        var byPlan = city.Plans.ToDictionary(p => p.Plan.Slug, p => p.Plan);
        Assert.All(Rows("data/all/actuals.csv"), r =>
        {
            var plan = byPlan[r["plan"]];
            Assert.Equal(plan.AgencyCode, r["agency"]);
            Assert.Equal(plan.RocYear.ToString(System.Globalization.CultureInfo.InvariantCulture), r["roc_year"]);
        });
    }

    [Fact]
    public void An_indicator_is_followed_across_years_by_its_chain_id_and_continues_columns()
    {
        var chain = city.Chains.All.First(c => c.Years.Count == 3);
        var rows = Rows("data/all/indicators.csv")
            .Where(r => r["chain_id"] == chain.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(r => r["roc_year"], StringComparer.Ordinal)
            .ToList();
        Assert.Equal(chain.Years.Select(y => y.Plan.Slug), rows.Select(r => r["plan"]));
        Assert.Equal(chain.Years.Select(y => y.Indicator.Code), rows.Select(r => r["indicator_code"]));
        Assert.Equal(
            [string.Empty, $"{chain.Years[0].Plan.Slug}/{chain.Years[0].Indicator.Code}", $"{chain.Years[1].Plan.Slug}/{chain.Years[1].Indicator.Code}"],
            rows.Select(r => r["continues"]));
        Assert.Equal(
            chain.Years.Select(y => city.ResultOf(y.Indicator).Status.Code()),
            rows.Select(r => r["status"]));

        var all = Rows("data/all/indicators.csv");
        Assert.Equal(city.Chains.All.Count, all.Select(r => r["chain_id"]).Distinct().Count());
        Assert.Equal(city.Chains.All.Count, all.Count(r => r["continues"].Length == 0));
    }

    [Fact]
    public void The_all_city_datapackage_describes_every_file_with_the_csv_headers_and_says_the_data_is_sample()
    {
        using var package = JsonDocument.Parse(File.ReadAllBytes(city.Site.File("data/all/datapackage.json")));
        var root = package.RootElement;
        Assert.Equal("tabular-data-package", root.GetProperty("profile").GetString());
        Assert.True(root.GetProperty("sample").GetBoolean());
        Assert.Contains("is_sample", root.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(DataPackageJson.LicenceName, root.GetProperty("licenses")[0].GetProperty("name").GetString());
        var resources = root.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(AllFiles.Where(f => f != "datapackage.json"), resources.Select(r => r.GetProperty("path").GetString()!).Order(StringComparer.Ordinal));
        foreach (var resource in resources)
        {
            var header = CsvReader.Read(File.ReadAllBytes(city.Site.File("data/all/" + resource.GetProperty("path").GetString())))[0];
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(header, fields.Select(f => f.GetProperty("name").GetString()));
            Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description_zh").GetString())));
        }

        var newest = city.Plans.Max(p => p.LastUpdatedOn);
        Assert.Equal(newest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("last_updated").GetString());
    }

    [Fact]
    public void All_zip_holds_every_file_of_data_all_sorted_and_dated_by_the_data_and_two_builds_give_the_same_bytes()
    {
        var zipBytes = File.ReadAllBytes(city.Site.File("data/all.zip"));
        using (var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read))
        {
            Assert.Equal(AllFiles, zip.Entries.Select(e => e.FullName));
            var newest = city.Plans.Max(p => p.LastUpdatedOn);
            foreach (var entry in zip.Entries)
            {
                Assert.Equal(newest.ToDateTime(TimeOnly.MinValue), entry.LastWriteTime.DateTime);
                using var content = new MemoryStream();
                using (var stream = entry.Open())
                {
                    stream.CopyTo(content);
                }

                Assert.Equal(File.ReadAllBytes(city.Site.File("data/all/" + entry.FullName)), content.ToArray());
            }
        }

        var again = Path.Combine(city.Site.Directory, "again");
        city.Site.Build(again);
        Assert.Equal(zipBytes, File.ReadAllBytes(Path.Combine(again, "data", "all.zip")));
        Assert.Equal(TreeHash.Of(city.Site.Output), TreeHash.Of(again));
    }

    [Fact]
    public void The_open_data_guide_links_every_all_city_file_in_both_languages()
    {
        foreach (var lang in new[] { "zh-tw", "en" })
        {
            var page = city.Site.Page($"{lang}/open-data/");
            var links = page.QuerySelectorAll(".all-data a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains("../../data/all.zip", links);
            Assert.Contains("../../data/all/datapackage.json", links);
            Assert.All(AllFiles.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)), f => Assert.Contains("../../data/all/" + f, links));
        }
    }

    [Fact]
    public void A_chain_page_shows_the_data_quality_statement_of_its_newest_year()
    {
        var chain = city.Chains.All.First(c => c.Years.Count == 3);
        var zh = city.Site.Page($"zh-tw/agencies/{chain.AgencyCode}/indicators/{chain.Id}/");
        var section = zh.QuerySelector("section.data-quality--chain")!;
        Assert.Contains("108", section.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("108 年度業務統計", section.QuerySelector("dd[data-dq=source]")!.TextContent);
        Assert.Equal("每季", section.QuerySelector("dd[data-dq=frequency]")!.TextContent);
        Assert.Equal(DataQuality.NotStated.Zh, section.QuerySelector("dd[data-dq=unit]")!.TextContent);

        var en = city.Site.Page($"en/agencies/{chain.AgencyCode}/indicators/{chain.Id}/");
        var enSection = en.QuerySelector("section.data-quality--chain")!;
        Assert.Contains("FY2019", enSection.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Service statistics of 108", enSection.QuerySelector("dd[data-dq=source]")!.TextContent);
        Assert.Equal(5, enSection.QuerySelectorAll("dd").Length);
    }

    private List<Dictionary<string, string>> Rows(string sitePath)
    {
        var records = CsvReader.Read(File.ReadAllBytes(city.Site.File(sitePath)));
        return records.Skip(1).Select(r => records[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
