using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PerformancePlan.Core.Plans;
using PerformancePlan.Generator.Pipeline.Releases;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Pipeline;

/// <summary>
/// A plan's key is the hash of its snapshot written as JSON, without the properties worked out from
/// others. If a type kept state the JSON leaves out, two different snapshots could share a key and
/// the next build would reuse stale pages: these tests make that impossible to add unnoticed.
/// </summary>
public sealed class PlanInputsTests
{
    [Fact]
    public void Every_field_of_every_type_in_a_snapshot_backs_a_property_the_key_is_made_from()
    {
        var unwritten = new List<string>();
        var seen = new HashSet<Type>();
        var types = 0;
        Visit(typeof(PlanSnapshot));

        void Visit(Type type)
        {
            var info = PlanInputsJson.Default.GetTypeInfo(type);
            if (info is null || !seen.Add(type))
            {
                return;
            }

            if (info.Kind == JsonTypeInfoKind.Object)
            {
                types++;
                var written = Written(info).Select(p => ((PropertyInfo)p.AttributeProvider!).Name).ToHashSet(StringComparer.Ordinal);
                for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
                {
                    foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    {
                        var property = BackedProperty(field);
                        if (property is null || !written.Contains(property))
                        {
                            unwritten.Add($"{type.Name}.{field.Name}");
                        }
                    }
                }

                foreach (var property in Written(info))
                {
                    Visit(property.PropertyType);
                }
            }
            else if (info.ElementType is { } element)
            {
                Visit(element);
            }
        }

        Assert.True(types >= 10, $"only {types} object types reached from the snapshot");
        Assert.Empty(unwritten);
    }

    [Fact]
    public void The_key_text_leaves_out_what_is_worked_out_and_holds_what_is_stored()
    {
        using var site = new TempSite();
        var snapshot = new PlanReader(site.Database).LoadAll().Single();
        var json = JsonSerializer.SerializeToElement(snapshot, PlanInputsJson.Default.PlanSnapshot);
        var plan = json.GetProperty(nameof(PlanSnapshot.Plan));
        var goals = plan.GetProperty(nameof(Plan.Goals));

        Assert.False(plan.TryGetProperty(nameof(Plan.Indicators), out _));
        Assert.False(json.TryGetProperty(nameof(PlanSnapshot.LastUpdatedOn), out _));
        Assert.Equal(snapshot.Plan.Goals.Count, goals.GetArrayLength());
        Assert.Equal(snapshot.Plan.Indicators.Count(), goals.EnumerateArray().Sum(g => g.GetProperty(nameof(StrategicGoal.Indicators)).GetArrayLength()));
        Assert.Equal(snapshot.Plan.Indicators.Sum(i => i.Actuals.Count), goals.EnumerateArray().SelectMany(g => g.GetProperty(nameof(StrategicGoal.Indicators)).EnumerateArray()).Sum(i => i.GetProperty(nameof(Indicator.Actuals)).GetArrayLength()));
        Assert.Equal(snapshot.ContentUpdatedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), json.GetProperty(nameof(PlanSnapshot.ContentUpdatedOn)).GetString());
    }

    /// <summary>The properties the key's JSON writes: those with a setter (read-only ones are worked out, see <see cref="PlanInputsJson"/>).</summary>
    private static IEnumerable<JsonPropertyInfo> Written(JsonTypeInfo info) =>
        info.Properties.Where(p => p.Set is not null || !info.Options.IgnoreReadOnlyProperties);

    /// <summary>The property whose value a field holds: a compiler-made backing field (<c>&lt;Name&gt;k__BackingField</c>), or none.</summary>
    private static string? BackedProperty(FieldInfo field) =>
        field.Name.StartsWith('<') && field.Name.EndsWith(">k__BackingField", StringComparison.Ordinal)
            ? field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)]
            : null;
}
