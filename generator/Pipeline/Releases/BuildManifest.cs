using System.Text.Encodings.Web;
using System.Text.Json;
using PerformancePlan.Generator.Pipeline.Validation;

namespace PerformancePlan.Generator.Pipeline.Releases;

/// <summary>One file of a release: its size and the <see cref="FileHash"/> of its bytes.</summary>
internal readonly record struct FileEntry(long Size, string Hash);

/// <summary>
/// What a release is made of, recorded inside it as <c>.build-manifest.json</c> (a dot-file, which
/// the static hosts do not serve and deploys do not upload): the generator that built it, each
/// plan's input key, every file's size and hash, and every page's <see cref="PageFacts"/>. The next
/// build reads it to reuse unchanged files and to validate only what changed. Written in a fixed
/// order, so two builds of the same data record the same bytes.
/// </summary>
internal sealed record BuildManifest(
    string Generator,
    IReadOnlyDictionary<string, string> PlanKeys,
    IReadOnlyDictionary<string, FileEntry> Files,
    IReadOnlyDictionary<string, PageFacts> Pages)
{
    public const string FileName = ".build-manifest.json";

    private const int Format = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteString("generator", Generator);
            json.WriteStartObject("plans");
            foreach (var (slug, key) in PlanKeys.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteString(slug, key);
            }

            json.WriteEndObject();
            json.WriteStartObject("files");
            foreach (var (path, entry) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                json.WriteStartArray(path);
                json.WriteNumberValue(entry.Size);
                json.WriteStringValue(entry.Hash);
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteStartObject("pages");
            foreach (var (path, page) in Pages.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject(path);
                json.WriteString("title", page.Title);
                WriteArray(json, "ids", page.Ids.Order(StringComparer.Ordinal));
                WriteArray(json, "links", page.Links);
                json.WriteStartObject("alternates");
                foreach (var (tag, href) in page.Alternates.OrderBy(a => a.Key, StringComparer.Ordinal))
                {
                    json.WriteString(tag, href);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The manifest of the release in <paramref name="directory"/>, or null when it has none or it cannot be read (the build then starts from nothing).</summary>
    public static BuildManifest? TryRead(string directory)
    {
        var path = Path.Combine(directory, FileName);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.GetProperty("format").GetInt32() != Format)
            {
                return null;
            }

            var plans = root.GetProperty("plans").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
            var files = root.GetProperty("files").EnumerateObject().ToDictionary(
                f => f.Name,
                f => new FileEntry(f.Value[0].GetInt64(), f.Value[1].GetString()!),
                StringComparer.Ordinal);
            // Pages share most of their ids and links with other pages: one string for each distinct one.
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            string Shared(string value) => strings.TryGetValue(value, out var kept) ? kept : strings[value] = value;
            var pages = root.GetProperty("pages").EnumerateObject().ToDictionary(
                p => p.Name,
                p => new PageFacts(
                    p.Value.GetProperty("title").GetString()!,
                    p.Value.GetProperty("ids").EnumerateArray().Select(i => Shared(i.GetString()!)).ToHashSet(StringComparer.Ordinal),
                    p.Value.GetProperty("links").EnumerateArray().Select(l => Shared(l.GetString()!)).ToList(),
                    p.Value.GetProperty("alternates").EnumerateObject().ToDictionary(a => Shared(a.Name), a => Shared(a.Value.GetString()!), StringComparer.Ordinal)),
                StringComparer.Ordinal);
            return new BuildManifest(root.GetProperty("generator").GetString()!, plans, files, pages);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or FormatException)
        {
            return null;
        }
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
