using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using PerformancePlan.Generator.Tests.Deploy;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Native;

/// <summary>
/// The natively compiled generator (what <c>dotnet publish generator</c> makes) does what the
/// in-process one does: the same site to the byte, the same deploy, the same incremental rebuilds.
/// It keeps only the code it can see being used, so what reflection reaches is checked here.
/// </summary>
public sealed class NativeGeneratorTests(NativeGenerator native, Azurite azurite)
    : IClassFixture<NativeGenerator>, IClassFixture<Azurite>, IDisposable
{
    private const string AsOf = "2019-01-15";

    private readonly TempSite site = new() { AsOf = DateOnly.Parse(AsOf, System.Globalization.CultureInfo.InvariantCulture) };

    public void Dispose() => site.Dispose();

    private string BuildNatively(string output)
    {
        var (code, printed) = native.Generator("build", "--db", site.Database.Path, "--out", output, "--as-of", AsOf, "--accept-warnings");
        Assert.True(code == 0, printed);
        return printed;
    }

    [Fact]
    public void It_builds_the_seed_site_byte_for_byte_as_the_build_in_process()
    {
        site.Build();
        var nativeOutput = Path.Combine(site.Directory, "native");

        var printed = BuildNatively(nativeOutput);

        Assert.Contains("built 40 pages", printed, StringComparison.Ordinal);
        var expected = TreeHash.Of(site.Output);
        var actual = TreeHash.Of(nativeOutput);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.Empty(expected.Where(f => f.Key != ".build-manifest.json" && actual[f.Key] != f.Value).Select(f => f.Key));
        // The records of the two releases differ only in the generator's id and the plans' keys made with it.
        var inProcess = JsonNode.Parse(File.ReadAllText(Path.Combine(site.Output, ".build-manifest.json")))!.AsObject();
        var nativeRecord = JsonNode.Parse(File.ReadAllText(Path.Combine(nativeOutput, ".build-manifest.json")))!.AsObject();
        Assert.NotEqual(inProcess["generator"]!.GetValue<string>(), nativeRecord["generator"]!.GetValue<string>());
        Assert.Equal(inProcess["plans"]!.AsObject().Select(p => p.Key), nativeRecord["plans"]!.AsObject().Select(p => p.Key));
        foreach (var part in new[] { "generator", "plans" })
        {
            inProcess.Remove(part);
            nativeRecord.Remove(part);
        }

        Assert.True(JsonNode.DeepEquals(inProcess, nativeRecord), "the build records differ beyond the generator's id and the plans' keys");
    }

    [Fact]
    public void A_second_native_build_of_the_same_data_reuses_every_page()
    {
        var output = Path.Combine(site.Directory, "native");
        BuildNatively(output);

        var printed = BuildNatively(output);

        Assert.Contains("0 written, 40 reused", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_deploys_to_blob_storage_and_a_second_deploy_uploads_nothing()
    {
        site.Build();
        var container = "native-" + Guid.NewGuid().ToString("N")[..12];
        var files = TreeHash.Of(site.Output).Keys.Count(f => !f.StartsWith('.'));

        var (first, firstPrinted) = native.Generator("deploy", "--to", azurite.ConnectionString, "--container", container, "--site", site.Output);
        var (second, secondPrinted) = native.Generator("deploy", "--to", azurite.ConnectionString, "--container", container, "--site", site.Output);

        Assert.True(first == 0, firstPrinted);
        Assert.Contains($"deployed: {files} uploaded", firstPrinted, StringComparison.Ordinal);
        Assert.True(second == 0, secondPrinted);
        Assert.Contains($"deployed: 0 uploaded (0 bytes), {files} unchanged, 0 deleted", secondPrinted, StringComparison.Ordinal);
        var blobs = new BlobContainerClient(azurite.ConnectionString, container);
        var page = (await blobs.GetBlobClient("zh-tw/index.html").GetPropertiesAsync()).Value;
        Assert.Equal("text/html; charset=utf-8", page.ContentType);
        var csv = await blobs.GetBlobClient($"data/{TempSite.Slug}/budget.csv").DownloadContentAsync();
        Assert.Equal(File.ReadAllBytes(site.File($"data/{TempSite.Slug}/budget.csv")), csv.Value.Content.ToArray());
    }

    [Fact]
    public void Its_bench_runs_a_full_a_no_change_and_a_one_figure_build()
    {
        var (code, printed) = native.Generator("bench", "--plans", "2", "--edit-one", "--in", site.Directory);

        Assert.True(code == 0, printed);
        Assert.Matches(@"phase=full .*pages=[1-9]", printed);
        Assert.Matches(@"phase=no-change .*pages_written=0 ", printed);
        Assert.Matches(@"phase=edit-one .*pages_written=[1-9]", printed);
    }
}
