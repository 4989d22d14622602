using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PerformancePlan.Core;
using PerformancePlan.Core.Plans;
using PerformancePlan.Generator.Pipeline;

namespace PerformancePlan.Generator.OpenData;

/// <summary>
/// The Frictionless Data Package descriptor of a plan's datasets: every resource with its path,
/// dialect and Table Schema, whose field names equal the CSV headers, with type, unit and
/// descriptions in Chinese and English, under the Open Government Data License, version 1.0.
/// </summary>
public static class DataPackageJson
{
    public const string LicenceName = "OGDL-Taiwan-1.0";
    public const string LicenceUrl = "https://data.gov.tw/license";
    public const string LicenceTitleEn = "Open Government Data License, version 1.0 (Taiwan)";
    public const string LicenceTitleZh = "政府資料開放授權條款－第1版";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] Write(PlanSnapshot snapshot, IReadOnlyList<Dataset> datasets)
    {
        var plan = snapshot.Plan;
        return Write(
            new PackageHead(
                plan.Slug,
                $"{(plan.AgencyWithCity.HasEnglish ? plan.AgencyWithCity.En : plan.AgencyWithCity.Zh)} performance plan FY{plan.AdYear} (ROC {plan.RocYear})",
                Site.PlanTexts.ZhName(plan),
                plan.IsSample,
                plan.IsSample
                    ? new(Text.ZhTwText.Instance.SampleNotice + "計畫本文（目標、指標、目標值、預算）依公布版本。", Text.EnText.Instance.SampleNotice + " The plan's own content (goals, indicators, targets, budget) is as published.")
                    : null,
                snapshot.LastUpdatedOn),
            datasets.Select(d => new PackageResource(d.Name, d.FileName, d.Title, d.Description, d.Fields, d.LastUpdated(snapshot))));
    }

    /// <summary>
    /// The descriptor of the datasets across plans (<c>data/all/</c>): every per-plan dataset as the
    /// union of all plans' rows, and the files across plans (<paramref name="acrossPlans"/>: the plans,
    /// the chains, the chains' years, the e-signature years); a resource is as new as its newest plan.
    /// </summary>
    public static byte[] WriteAll(Site.SiteInfo site, IReadOnlyList<Dataset> datasets, IEnumerable<PackageResource> acrossPlans)
    {
        var city = site.City;
        var samples = site.Plans.Count(p => p.Plan.IsSample);
        Bilingual? description = samples == 0
            ? null
            : new($"共 {site.Plans.Count} 份計畫，其中 {samples} 份之營運數據為說明用之範例資料，見 plans.csv 之 is_sample 欄。計畫本文（目標、指標、目標值、預算）依公布版本。",
                $"Of the {site.Plans.Count} plans, {samples} carry illustrative sample data for their operational figures: see the is_sample column of plans.csv. The plans' own content (goals, indicators, targets, budget) is as published.");
        return Write(
            new PackageHead(
                "all",
                $"{(city.HasEnglish ? city.En : city.Zh)}: performance plans of every agency and year",
                $"{city.Zh}各機關歷年施政計畫",
                samples > 0,
                description,
                site.LastUpdated ?? default),
            acrossPlans.Concat(datasets.Select(d => new PackageResource(d.Name, d.FileName, d.Title, d.Description, d.Fields,
                site.Plans.Count == 0 ? default : site.Plans.Max(d.LastUpdated)))));
    }

    /// <summary>The descriptor of one agency's files across its plans (<c>data/agencies/&lt;code&gt;/</c>).</summary>
    public static byte[] WriteAgency(Site.AgencyPlans agency, IEnumerable<PackageResource> resources)
    {
        var name = agency.Name;
        var samples = agency.Plans.Count(p => p.Plan.IsSample);
        return Write(
            new PackageHead(
                "agency-" + agency.Code,
                $"{name.OrFallback(Language.En)}: plans, indicators across years and online signing by year",
                $"{name.Zh}歷年施政計畫、跨年度指標及逐年線上簽核比率",
                samples > 0,
                samples == 0 ? null : new($"{samples} 份計畫之營運數據為說明用之範例資料，見 plans.csv 之 is_sample 欄。", $"{samples} of the plans carry illustrative sample data for their operational figures: see the is_sample column of plans.csv."),
                agency.Plans.Count == 0 ? default : agency.Plans.Max(p => p.LastUpdatedOn)),
            resources);
    }

    /// <summary>
    /// The descriptor of every indicator chain's file (<c>data/chains/</c>): one resource per chain,
    /// all of them with the one Table Schema written beside it (<see cref="ChainSchemaFile"/>).
    /// </summary>
    public static byte[] WriteChains(Site.SiteInfo site, IEnumerable<PackageResource> chains) =>
        Write(
            new PackageHead(
                "chains",
                $"{(site.City.HasEnglish ? site.City.En : site.City.Zh)}: each indicator across years",
                $"{site.City.Zh}各跨年度指標之逐年資料",
                site.Plans.Any(p => p.Plan.IsSample),
                site.Plans.Any(p => p.Plan.IsSample) ? new("部分計畫之營運數據為說明用之範例資料，見 data/all/plans.csv 之 is_sample 欄。", "Some plans carry illustrative sample data for their operational figures: see the is_sample column of data/all/plans.csv.") : null,
                site.LastUpdated ?? default),
            chains);

    /// <summary>The name of the chain files' Table Schema, beside <c>data/chains/datapackage.json</c>.</summary>
    public const string ChainSchemaFile = "schema.json";

    /// <summary>A Table Schema on its own, for resources that name it by path rather than repeat it.</summary>
    public static byte[] WriteSchema(IReadOnlyList<DatasetField> fields)
    {
        var buffer = ScratchBytes.Buffer();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            WriteSchemaObject(json, fields);
        }

        return Finished(buffer);
    }

    private static byte[] Write(PackageHead head, IEnumerable<PackageResource> resources)
    {
        var buffer = ScratchBytes.Buffer();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("profile", "tabular-data-package");
            json.WriteString("name", head.Name);
            json.WriteString("title", head.Title);
            json.WriteString("title_zh", head.TitleZh);
            json.WriteBoolean("sample", head.Sample);
            if (head.Description is { } description)
            {
                json.WriteString("description", description.En);
                json.WriteString("description_zh", description.Zh);
            }

            json.WriteString("last_updated", Formats(head.LastUpdated));
            json.WriteStartArray("licenses");
            json.WriteStartObject();
            json.WriteString("name", LicenceName);
            json.WriteString("path", LicenceUrl);
            json.WriteString("title", LicenceTitleEn);
            json.WriteString("title_zh", LicenceTitleZh);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("resources");
            foreach (var resource in resources)
            {
                json.WriteStartObject();
                json.WriteString("name", resource.Name);
                json.WriteString("path", resource.Path);
                json.WriteString("profile", "tabular-data-resource");
                json.WriteString("title", resource.Title.En);
                json.WriteString("title_zh", resource.Title.Zh);
                json.WriteString("description", resource.Description.En);
                json.WriteString("description_zh", resource.Description.Zh);
                json.WriteString("format", "csv");
                json.WriteString("mediatype", "text/csv");
                json.WriteString("encoding", "utf-8-sig");
                json.WriteString("last_updated", Formats(resource.LastUpdated));
                json.WriteStartObject("dialect");
                json.WriteString("delimiter", ",");
                json.WriteString("lineTerminator", "\r\n");
                json.WriteString("quoteChar", "\"");
                json.WriteBoolean("doubleQuote", true);
                json.WriteBoolean("header", true);
                json.WriteEndObject();
                if (resource.SchemaPath is { } schemaPath)
                {
                    json.WriteString("schema", schemaPath);
                }
                else
                {
                    json.WritePropertyName("schema");
                    WriteSchemaObject(json, resource.Fields);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Finished(buffer);
    }

    /// <summary>The JSON written into the buffer with the line end every package file closes with, copied out.</summary>
    private static byte[] Finished(System.Buffers.ArrayBufferWriter<byte> buffer)
    {
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteSchemaObject(Utf8JsonWriter json, IReadOnlyList<DatasetField> fields)
    {
        json.WriteStartObject();
        json.WriteStartArray("fields");
        foreach (var field in fields)
        {
            json.WriteStartObject();
            json.WriteString("name", field.Name);
            json.WriteString("type", field.Type.Code());
            if (field.Type == FieldType.Date)
            {
                json.WriteString("format", "default");
            }

            json.WriteString("description", field.Description.En);
            json.WriteString("description_en", field.Description.En);
            json.WriteString("description_zh", field.Description.Zh);
            if (field.Unit is { } unit)
            {
                json.WriteString("unit", unit.En);
                json.WriteString("unit_zh", unit.Zh);
            }

            if (field.Required)
            {
                json.WriteStartObject("constraints");
                json.WriteBoolean("required", true);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private sealed record PackageHead(string Name, string Title, string TitleZh, bool Sample, Bilingual? Description, DateOnly LastUpdated);

    private static string Formats(DateOnly date) => Text.Formats.Iso(date);
}

/// <summary>One resource of a data package: a CSV file with its schema.</summary>
public sealed record PackageResource(string Name, string Path, Bilingual Title, Bilingual Description, IReadOnlyList<DatasetField> Fields, DateOnly LastUpdated)
{
    /// <summary>When set, the resource names its Table Schema by this path (beside the descriptor) instead of holding it.</summary>
    public string? SchemaPath { get; init; }
}
