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

    /// <summary>The manifests this process read or wrote last, by the hash of their bytes (see <see cref="TryRead"/>).</summary>
    private static readonly Lock RecentGate = new();
    private static readonly List<(string Hash, BuildManifest Manifest)> Recent = [];
    private const int RecentKept = 2;

    private LinkIndex? links;

    /// <summary>
    /// Takes the release's link graph (<see cref="LinkIndex"/>) when this process has it: the taker
    /// updates it for the release it builds and gives it to that release's manifest, so one build
    /// at a time has it. Null when nobody kept one, or another build took it; the build then checks
    /// every link and makes a new one.
    /// </summary>
    public LinkIndex? TakeLinks() => Interlocked.Exchange(ref links, null);

    /// <summary>Gives the manifest the link graph of its pages (<see cref="TakeLinks"/>).</summary>
    public void KeepLinks(LinkIndex? index) => Volatile.Write(ref links, index);

    /// <summary>
    /// Remembers this manifest as the one recorded in <paramref name="bytes"/> (<see cref="ToBytes"/>
    /// of it), so reading those bytes again in this process gives this object, link graph included,
    /// rather than parsing them.
    /// </summary>
    public void Remember(ReadOnlySpan<byte> bytes) => Remember(FileHash.Of(bytes), this);

    private static void Remember(string hash, BuildManifest manifest)
    {
        lock (RecentGate)
        {
            Recent.RemoveAll(r => r.Hash == hash);
            Recent.Add((hash, manifest));
            if (Recent.Count > RecentKept)
            {
                Recent.RemoveAt(0);
            }
        }
    }

    private static BuildManifest? Recalled(string hash)
    {
        lock (RecentGate)
        {
            return Recent.FirstOrDefault(r => r.Hash == hash).Manifest;
        }
    }

    public ReadOnlyMemory<byte> ToBytes()
    {
        // The pages' records (each made once, see PageJson) are made on all cores before they are joined.
        Parallel.ForEach(Pages.Values, page => PageJson(page));

        // Sized for what is written, so the buffer is not grown and copied on the way.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096 + (PlanKeys.Count * 160) + (Files.Count * 200) + Pages.Sum(p => (p.Key.Length * 3) + PageJson(p.Value).Length + 8));
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
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
                json.WritePropertyName(path);
                json.WriteRawValue(PageJson(page), skipInputValidation: true);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        return buffer.WrittenMemory;
    }

    /// <summary>
    /// The manifest of the release in <paramref name="directory"/>, or null when it has none or it
    /// cannot be read (the build then starts from nothing). Bytes this process wrote or read last
    /// (the same hash) give the manifest they were made from or read into, not a new parse.
    /// </summary>
    public static BuildManifest? TryRead(string directory)
    {
        var path = Path.Combine(directory, FileName);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            var hash = FileHash.Of(bytes);
            if (Recalled(hash) is { } known)
            {
                return known;
            }

            using var document = JsonDocument.Parse(bytes);
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
            var manifest = new BuildManifest(root.GetProperty("generator").GetString()!, plans, files, pages);
            Remember(hash, manifest);
            return manifest;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// A page's facts as the manifest records them. Facts never change once read, and an unchanged
    /// page's facts go from one release's manifest to the next as the same object, so each is
    /// written once and its bytes kept with it.
    /// </summary>
    private static byte[] PageJson(PageFacts page) => PageBytes.GetValue(page, static page =>
    {
        var buffer = ScratchBytes.Buffer();
        var ids = page.Ids.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("title", page.Title);
            WriteArray(json, "ids", ids);
            WriteArray(json, "links", page.Links);
            json.WriteStartObject("alternates");
            foreach (var (tag, href) in page.Alternates.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                json.WriteString(tag, href);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PageFacts, byte[]> PageBytes = new();

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
