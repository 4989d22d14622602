using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PerformancePlan.Core;
using PerformancePlan.Core.Figures;
using PerformancePlan.Generator.Text;

namespace PerformancePlan.Generator.Site.Explorer;

/// <summary>
/// The compact index the explorer's script filters (<c>&lt;lang&gt;/indicators/index.json</c>): every
/// indicator once, in the explorer's order, with the texts of the page's language (the other
/// language's beside them, so words in either language find it), raw figures to sort by and the
/// figures as the pages write them, so the script formats nothing itself. Agencies, plans and goals
/// are listed once and referred to by position.
/// </summary>
/// <remarks>
/// <c>agencies</c>: [code, name, name in the other language, pending translation 0/1];
/// <c>plans</c>: [agency, ROC year, year label];
/// <c>goals</c>: [plan, label, title in the other language, pending 0/1];
/// <c>rows</c>: [goal, code, title, title in the other language, pending 0/1, target or null,
/// target text, year result or null, year result text, achievement or null, achievement text,
/// status (position in <c>statuses</c>), link to the indicator on its goal page].
/// </remarks>
public static class ExplorerIndex
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static byte[] Write(SiteInfo site, Language language)
    {
        var other = language.Other();
        var city = CityText.For(language);
        var from = SitePaths.Explorer(language);
        var plans = ExplorerRows.Plans(site).ToList();
        var agencies = site.Agencies.Select((a, i) => (a.Code, i)).ToDictionary(a => a.Code, a => a.i, StringComparer.Ordinal);
        var statuses = IndicatorStatuses.All.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("asOf", Formats.Iso(site.AsOf));
            json.WriteStartArray("statuses");
            foreach (var status in IndicatorStatuses.All)
            {
                json.WriteStringValue(status.Code());
            }

            json.WriteEndArray();
            json.WriteStartArray("agencies");
            foreach (var agency in site.Agencies)
            {
                json.WriteStartArray();
                json.WriteStringValue(agency.Code);
                WriteText(json, agency.Name, language, other);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("plans");
            foreach (var snapshot in plans)
            {
                json.WriteStartArray();
                json.WriteNumberValue(agencies[snapshot.Plan.AgencyCode]);
                json.WriteNumberValue(snapshot.Plan.RocYear);
                json.WriteStringValue(city.YearShort(snapshot.Plan.RocYear));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("goals");
            for (var p = 0; p < plans.Count; p++)
            {
                foreach (var goal in plans[p].Plan.Goals)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(p);
                    json.WriteStringValue(PlanTexts.GoalTitle(goal, language));
                    json.WriteStringValue(goal.Title.In(other) ?? string.Empty);
                    json.WriteNumberValue(goal.Title.In(language) is null ? 1 : 0);
                    json.WriteEndArray();
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            var goalIndex = 0;
            foreach (var snapshot in plans)
            {
                foreach (var goal in snapshot.Plan.Goals)
                {
                    foreach (var result in site.FiguresOf(snapshot).For(goal))
                    {
                        var i = result.Indicator;
                        json.WriteStartArray();
                        json.WriteNumberValue(goalIndex);
                        json.WriteStringValue(i.Code);
                        WriteText(json, i.Title, language, other);
                        if (i.TargetPending)
                        {
                            json.WriteNullValue();
                            json.WriteStringValue(city.TargetPending);
                        }
                        else
                        {
                            json.WriteNumberValue(i.TargetValue);
                            json.WriteStringValue(ExplorerRows.QuantityText(i.TargetValue, i, language));
                        }

                        if (result.YearResult is { } value)
                        {
                            json.WriteNumberValue(value);
                            json.WriteStringValue(ExplorerRows.QuantityText(value, i, language));
                        }
                        else
                        {
                            json.WriteNullValue();
                            json.WriteStringValue("–");
                        }

                        if (result.AchievementPercent is { } achievement)
                        {
                            json.WriteNumberValue(achievement);
                            json.WriteStringValue(Formats.Percent(achievement));
                        }
                        else
                        {
                            json.WriteNullValue();
                            json.WriteStringValue("–");
                        }

                        json.WriteNumberValue(statuses[result.Status]);
                        json.WriteStringValue(SitePaths.Relative(from, SitePaths.Goal(language, snapshot.Plan.Slug, goal.Ordinal)) + "#" + PlanTexts.IndicatorAnchor(i));
                        json.WriteEndArray();
                    }

                    goalIndex++;
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>A text as three values: as shown in the page's language, in the other language (for searching), and 1 when the translation is pending.</summary>
    private static void WriteText(Utf8JsonWriter json, Bilingual text, Language language, Language other)
    {
        json.WriteStringValue(text.OrFallback(language));
        json.WriteStringValue(text.In(other) ?? string.Empty);
        json.WriteNumberValue(text.In(language) is null ? 1 : 0);
    }
}
