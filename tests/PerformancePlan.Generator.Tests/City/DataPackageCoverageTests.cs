using System.Globalization;
using System.Text.Json;
using PerformancePlan.Generator.OpenData;

namespace PerformancePlan.Generator.Tests.City;

/// <summary>
/// Every CSV a journalist can find on a built site — a plan's, an agency's, an indicator chain's,
/// the whole city's — is described by a Frictionless datapackage.json: its header is the schema's
/// fields, each field has a type its cells read as, and every datapackage.json is linked from the
/// open-data guide.
/// </summary>
public sealed class DataPackageCoverageTests(BuiltSampleCity city) : IClassFixture<BuiltSampleCity>
{
    private static readonly HashSet<string> Types = [.. Enum.GetValues<FieldType>().Select(t => t.Code())];

    [Fact]
    public void Every_csv_of_the_site_is_described_by_a_datapackage_whose_fields_are_its_header_and_type_its_cells()
    {
        var described = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var packageFile in Packages())
        {
            var folder = Path.GetDirectoryName(packageFile)!;
            using var package = JsonDocument.Parse(File.ReadAllBytes(packageFile));
            Assert.Equal("tabular-data-package", package.RootElement.GetProperty("profile").GetString());
            foreach (var resource in package.RootElement.GetProperty("resources").EnumerateArray())
            {
                var path = resource.GetProperty("path").GetString()!;
                Assert.False(path.StartsWith('/') || path.Split('/').Contains(".."), $"{Relative(packageFile)}: a resource's path must stay inside the package's folder, not '{path}'");
                var csv = Path.GetFullPath(Path.Combine(folder, path));
                Assert.True(File.Exists(csv), $"{Relative(packageFile)} describes {path}, which the site does not have");
                var schema = resource.GetProperty("schema");
                using var external = schema.ValueKind == JsonValueKind.String ? JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, schema.GetString()!))) : null;
                var fields = (external?.RootElement ?? schema).GetProperty("fields").EnumerateArray().ToList();
                var records = CsvReader.Read(File.ReadAllBytes(csv));
                Assert.Equal(records[0], fields.Select(f => f.GetProperty("name").GetString()!));
                for (var column = 0; column < fields.Count; column++)
                {
                    var field = fields[column];
                    var name = field.GetProperty("name").GetString();
                    var type = field.GetProperty("type").GetString()!;
                    Assert.True(Types.Contains(type), $"{Relative(csv)}: field {name} has the type '{type}'");
                    Assert.False(string.IsNullOrWhiteSpace(field.GetProperty("description_en").GetString()), $"{Relative(csv)}: field {name} has no English description");
                    Assert.False(string.IsNullOrWhiteSpace(field.GetProperty("description_zh").GetString()), $"{Relative(csv)}: field {name} has no Chinese description");
                    var required = field.TryGetProperty("constraints", out var constraints) && constraints.GetProperty("required").GetBoolean();
                    foreach (var record in records.Skip(1))
                    {
                        var cell = record[column];
                        Assert.True(cell.Length > 0 ? Reads(cell, type) : !required, $"{Relative(csv)}: field {name} ({type}{(required ? ", required" : string.Empty)}) holds '{cell}'");
                    }
                }

                described[Relative(csv)] = Relative(packageFile);
            }
        }

        var csvs = Directory.EnumerateFiles(city.Site.Output, "*.csv", SearchOption.AllDirectories).Select(Relative).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("data/agencies/secretariat/e-signature-years.csv", csvs);
        Assert.Contains(csvs, c => c.StartsWith("data/chains/", StringComparison.Ordinal));
        var undescribed = csvs.Where(c => !described.ContainsKey(c)).ToList();
        Assert.True(undescribed.Count == 0, $"{undescribed.Count} CSV files are described by no datapackage.json: {string.Join(", ", undescribed.Take(10))}");
    }

    [Fact]
    public void The_open_data_guide_links_every_datapackage_in_both_languages()
    {
        var packages = Packages().Select(Relative).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("data/chains/datapackage.json", packages);
        Assert.Contains("data/agencies/secretariat/datapackage.json", packages);
        foreach (var lang in new[] { "zh-tw", "en" })
        {
            var guide = new Uri($"http://site.test/{lang}/open-data/");
            var linked = city.Site.Page($"{lang}/open-data/").QuerySelectorAll("main a[href]")
                .Select(a => new Uri(guide, a.GetAttribute("href")!).AbsolutePath.TrimStart('/'))
                .ToHashSet(StringComparer.Ordinal);
            Assert.All(packages, p => Assert.Contains(p, linked));
        }
    }

    private IEnumerable<string> Packages() => Directory.EnumerateFiles(city.Site.Output, "datapackage.json", SearchOption.AllDirectories);

    private string Relative(string path) => Path.GetRelativePath(city.Site.Output, path).Replace(Path.DirectorySeparatorChar, '/');

    private static bool Reads(string cell, string type) => type switch
    {
        "integer" => long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        "number" => decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
        "year" => cell.Length == 4 && int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        "date" => DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "boolean" => cell is "true" or "false",
        _ => true,
    };
}
