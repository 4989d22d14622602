using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline.Releases;

/// <summary>
/// The inputs a plan's pages, feeds and open data are made from, reduced to one key: the plan's
/// snapshot (every figure and text the pages can show), the snapshots of the same agency's other
/// years (which chains across years may show), the public address, the asset map, and the
/// generator itself (its templates and UI texts are compiled into it). Equal keys mean equal output,
/// so a plan whose key is unchanged is not rendered again.
/// </summary>
internal static class PlanInputs
{
    /// <summary>
    /// Names the code that renders and validates: the generator's and Core's builds (deterministic,
    /// so an unchanged source gives the same id) and the libraries that shape or check the output.
    /// </summary>
    public static string Generator { get; } = Hash(string.Join('\n',
        new[] { typeof(PlanInputs), typeof(PlanSnapshot), typeof(Markdig.Markdown), typeof(AngleSharp.Html.Parser.HtmlParser), typeof(Ganss.Xss.HtmlSanitizer), typeof(Microsoft.AspNetCore.Components.Web.HtmlRenderer) }
            .Select(t => t.Assembly.FullName + " " + t.Assembly.ManifestModule.ModuleVersionId)));

    /// <summary>The generator and the public address a release was built with: a previous release is reused only when both are the same.</summary>
    public static string BuildId(Uri? baseUrl) => Generator + " " + baseUrl?.AbsoluteUri;

    /// <summary>Each plan's key by slug.</summary>
    /// <remarks>The as-of date counts as an input only while it can change a plan's statuses (see <see cref="PlanFigures.EffectiveAsOf"/>).</remarks>
    public static Dictionary<string, string> Keys(IReadOnlyList<PlanSnapshot> plans, AssetMap assets, Uri? baseUrl, DateOnly asOf)
    {
        var own = new string[plans.Count];
        Parallel.For(0, plans.Count, i => own[i] = Hash(
            ContentHash(plans[i]) + " as of " + PlanFigures.EffectiveAsOf(plans[i].Plan, asOf).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var shared = Hash(string.Join('\n', assets.HashedPaths.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value))
            + "\n" + baseUrl?.AbsoluteUri + "\n" + Generator);
        var byAgency = plans.Select((p, i) => (Agency: p.Plan.AgencyCode, Hash: own[i])).ToLookup(p => p.Agency, p => p.Hash, StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < plans.Count; i++)
        {
            var siblings = byAgency[plans[i].Plan.AgencyCode].Order(StringComparer.Ordinal);
            keys[plans[i].Plan.Slug] = Hash(shared + "\n" + own[i] + "\n" + string.Join(',', siblings));
        }

        return keys;
    }

    /// <summary>
    /// The hash of everything the snapshot holds. A snapshot never changes once read, so the hash is
    /// kept with it: a snapshot that a cache gives to the next build again is not serialized again.
    /// </summary>
    private static string ContentHash(PlanSnapshot snapshot) =>
        ContentHashes.GetValue(snapshot, s => new StrongBox<string>(Serialized(s))).Value!;

    /// <summary>The snapshot serialized into this thread's buffer (<see cref="ScratchBytes"/>, kept between plans) and hashed there.</summary>
    private static string Serialized(PlanSnapshot snapshot)
    {
        var buffer = ScratchBytes.Buffer();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonSerializer.Serialize(writer, snapshot, PlanInputsJson.Default.PlanSnapshot);
        }

        return Hash(buffer.WrittenSpan);
    }

    private static readonly ConditionalWeakTable<PlanSnapshot, StrongBox<string>> ContentHashes = new();

    /// <summary>The <see cref="FileHash"/> of the bytes: inputs are told apart as files are.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => FileHash.Of(bytes);

    private static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));
}

/// <summary>
/// The snapshot's serializer, generated at compile time: a reflection-built one cost more than the
/// hashing. Only what a snapshot holds is written: a property without a setter is worked out from
/// the others (<c>Plan.Indicators</c> repeated every goal's indicators, a third of the text), and a
/// test checks that every field of every type written backs a property that is written.
/// </summary>
[JsonSourceGenerationOptions(IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(PlanSnapshot))]
internal sealed partial class PlanInputsJson : JsonSerializerContext;
