using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PerformancePlan.Core.Plans;

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
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("profile", "tabular-data-package");
            json.WriteString("name", plan.Slug);
            json.WriteString("title", $"{(plan.AgencyWithCity.HasEnglish ? plan.AgencyWithCity.En : plan.AgencyWithCity.Zh)} performance plan FY{plan.AdYear} (ROC {plan.RocYear})");
            json.WriteString("title_zh", Site.PlanTexts.ZhName(plan));
            json.WriteBoolean("sample", plan.IsSample);
            if (plan.IsSample)
            {
                json.WriteString("description", Text.EnText.Instance.SampleNotice + " The plan's own content (goals, indicators, targets, budget) is as published.");
                json.WriteString("description_zh", Text.ZhTwText.Instance.SampleNotice + "計畫本文（目標、指標、目標值、預算）依公布版本。");
            }

            json.WriteString("last_updated", Formats(snapshot.LastUpdatedOn));
            json.WriteStartArray("licenses");
            json.WriteStartObject();
            json.WriteString("name", LicenceName);
            json.WriteString("path", LicenceUrl);
            json.WriteString("title", LicenceTitleEn);
            json.WriteString("title_zh", LicenceTitleZh);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("resources");
            foreach (var dataset in datasets)
            {
                json.WriteStartObject();
                json.WriteString("name", dataset.Name);
                json.WriteString("path", dataset.FileName);
                json.WriteString("profile", "tabular-data-resource");
                json.WriteString("title", dataset.Title.En);
                json.WriteString("title_zh", dataset.Title.Zh);
                json.WriteString("description", dataset.Description.En);
                json.WriteString("description_zh", dataset.Description.Zh);
                json.WriteString("format", "csv");
                json.WriteString("mediatype", "text/csv");
                json.WriteString("encoding", "utf-8-sig");
                json.WriteString("last_updated", Formats(dataset.LastUpdated(snapshot)));
                json.WriteStartObject("dialect");
                json.WriteString("delimiter", ",");
                json.WriteString("lineTerminator", "\r\n");
                json.WriteString("quoteChar", "\"");
                json.WriteBoolean("doubleQuote", true);
                json.WriteBoolean("header", true);
                json.WriteEndObject();
                json.WriteStartObject("schema");
                json.WriteStartArray("fields");
                foreach (var field in dataset.Fields)
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
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static string Formats(DateOnly date) => Text.Formats.Iso(date);
}
