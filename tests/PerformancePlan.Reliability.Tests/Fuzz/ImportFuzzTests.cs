using System.Diagnostics;
using System.Text.RegularExpressions;
using PerformancePlan.Core;
using PerformancePlan.Generator.Cli;
using PerformancePlan.Reliability.Tests.Support;

namespace PerformancePlan.Reliability.Tests.Fuzz;

/// <summary>
/// Seeded mutation fuzzing of the two ways data comes in from files, for a bounded time each: every
/// mutated plan document and CSV file is imported into a database holding the seed plan and its
/// data. Each run must exit 0 or 1, a refusal must name the file and the line (or, for a rule of
/// the store, the field), nothing may crash, and a refused file must leave the database byte for
/// byte as it was.
/// </summary>
public sealed partial class ImportFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20181231;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);
    private const int MaxCases = 400;

    private readonly string directory = Directory.CreateTempSubdirectory("pp-fuzz-").FullName;

    private static string PlanFolder => Path.Combine(RepositoryPaths.Content, "plans", "107-secretariat");

    public void Dispose()
    {
        PerformancePlan.Core.Store.PlanDatabase.ReleaseFiles();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Mutated_plan_documents_never_crash_the_importer_and_a_refusal_changes_nothing()
    {
        var source = await File.ReadAllBytesAsync(Path.Combine(PlanFolder, "plan.zh-TW.md"));
        var result = await Fuzz("plan document", Seed, _ => ("plan.zh-TW.md", source), file => ["import", file, "--slug", "107-secretariat"], PlanErrorLine());
        AssertClean(result);
    }

    [Fact]
    public async Task Mutated_csv_files_never_crash_the_import_and_a_refusal_changes_nothing()
    {
        var sources = new[] { "exchanges.csv", "actuals.csv", "esignature.csv" }
            .Select(f => (Name: f, Bytes: File.ReadAllBytes(Path.Combine(PlanFolder, f)))).ToArray();
        var result = await Fuzz("csv", Seed + 1, n => sources[n % sources.Length], file => ["import-data", "107-secretariat", file], CsvErrorLine());
        AssertClean(result);
    }

    private async Task<FuzzResult> Fuzz(string what, int seed, Func<int, (string Name, byte[] Bytes)> source, Func<string, string[]> command, Regex numbered)
    {
        var pristine = Path.Combine(directory, "pristine.db");
        await Seeded(pristine);
        var pristineHash = DatabaseFile.Hash(pristine);
        var work = Path.Combine(directory, "work.db");
        File.Copy(pristine, work, overwrite: true);
        var mutator = new Mutator(seed);
        var result = new FuzzResult();
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < MaxCases && clock.Elapsed < Budget; n++)
        {
            var (name, bytes) = source(n);
            var folder = Path.Combine(directory, "case-" + n);
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, name);
            await File.WriteAllBytesAsync(file, mutator.Mutate(bytes));
            var before = DatabaseFile.Hash(work);
            var (code, error) = await Run([.. command(file), "--db", work]);
            result.Cases++;
            if (code == ExitCodes.Ok)
            {
                result.Accepted++;
                PerformancePlan.Core.Store.PlanDatabase.ReleaseFiles();
                File.Copy(pristine, work, overwrite: true);
                File.Delete(work + "-wal");
                File.Delete(work + "-shm");
                Assert.Equal(pristineHash, DatabaseFile.Hash(work));
            }
            else if (code == ExitCodes.BadInput && !error.StartsWith("error: unexpected ", StringComparison.Ordinal))
            {
                result.Refused++;
                var first = error.Split('\n')[0];
                if (!numbered.IsMatch(first))
                {
                    result.Unnumbered.Add($"case {n}: {first}");
                }

                if (DatabaseFile.Hash(work) != before)
                {
                    result.Changed.Add($"case {n}: {first}");
                }
            }
            else
            {
                result.Crashes.Add($"case {n}: exit {code}: {error}");
            }

            Directory.Delete(folder, recursive: true);
        }

        Figures.Report(output, $"fuzz {what}: {result.Cases} cases in {clock.Elapsed.TotalSeconds:0.0} s (seed {seed}), {result.Accepted} accepted, {result.Refused} refused, "
            + $"{result.Crashes.Count} crashes, {result.Unnumbered.Count} refusals without a line or field, {result.Changed.Count} databases changed by a refusal");
        return result;
    }

    private static void AssertClean(FuzzResult result)
    {
        Assert.True(result.Cases >= 50, $"only {result.Cases} cases ran");
        Assert.True(result.Crashes.Count == 0, string.Join("\n", result.Crashes));
        Assert.True(result.Unnumbered.Count == 0, string.Join("\n", result.Unnumbered));
        Assert.True(result.Changed.Count == 0, string.Join("\n", result.Changed));
    }

    private static async Task Seeded(string db)
    {
        Assert.Equal(0, (await Run(["import", Path.Combine(PlanFolder, "plan.zh-TW.md"), "--slug", "107-secretariat", "--db", db])).Code);
        foreach (var file in new[] { "actuals.csv", "exchanges.csv", "esignature.csv" })
        {
            Assert.Equal(0, (await Run(["import-data", "107-secretariat", Path.Combine(PlanFolder, file), "--db", db])).Code);
        }
    }

    private static async Task<(int Code, string Error)> Run(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr, CancellationToken.None);
        return (code, stderr.ToString());
    }

    /// <summary>plan.zh-TW.md:67: … (the line), or plan.zh-TW.md: title_en: … (a store rule's field).</summary>
    [GeneratedRegex(@"^error: (plan\.zh-TW\.md:\d+: |plan\.zh-TW\.md: [a-z_0-9]+: )")]
    private static partial Regex PlanErrorLine();

    [GeneratedRegex(@"^error: [a-z]+\.csv:\d+: ")]
    private static partial Regex CsvErrorLine();

    private sealed class FuzzResult
    {
        public int Cases { get; set; }

        public int Accepted { get; set; }

        public int Refused { get; set; }

        public List<string> Crashes { get; } = [];

        public List<string> Unnumbered { get; } = [];

        public List<string> Changed { get; } = [];
    }
}
