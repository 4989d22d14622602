using System.Diagnostics;
using PerformancePlan.Core;
using PerformancePlan.Generator.Cli;
using PerformancePlan.Reliability.Tests.Support;

namespace PerformancePlan.Reliability.Tests.Crash;

/// <summary>
/// The generator's build run as its own process and killed at seeded random moments: the output
/// folder is always absent or one whole site, never a mix, and the next build succeeds.
/// </summary>
public sealed class KilledBuildTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 107;
    private const int Kills = 6;

    private readonly string directory = Directory.CreateTempSubdirectory("pp-killed-build-").FullName;

    /// <summary>
    /// The generator as it is run, from its own build output of the same configuration: the copy in
    /// this project's output carries the generator's platform-specific dependency file, which looks for
    /// the native SQLite library where only the generator's own output puts it.
    /// </summary>
    private static string GeneratorDll
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = output.Parent!.Name;
            return Path.Combine(output.Parent.Parent!.Parent!.Parent!.Parent!.FullName, "generator", "bin", configuration, output.Name, "PerformancePlan.Generator.dll");
        }
    }

    public void Dispose()
    {
        PerformancePlan.Core.Store.PlanDatabase.ReleaseFiles();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_build_killed_at_any_moment_leaves_the_previous_site_whole_and_the_next_build_works()
    {
        var db = Path.Combine(directory, "plan.db");
        var folder = Path.Combine(RepositoryPaths.Content, "plans", "107-secretariat");
        Assert.Equal(0, await CommandLine.RunAsync(["import", Path.Combine(folder, "plan.zh-TW.md"), "--slug", "107-secretariat", "--db", db], TextWriter.Null, TextWriter.Null, CancellationToken.None));
        foreach (var file in new[] { "actuals.csv", "exchanges.csv", "esignature.csv" })
        {
            Assert.Equal(0, await CommandLine.RunAsync(["import-data", "107-secretariat", Path.Combine(folder, file), "--db", db], TextWriter.Null, TextWriter.Null, CancellationToken.None));
        }

        PerformancePlan.Core.Store.PlanDatabase.ReleaseFiles();
        var site = Path.Combine(directory, "site");
        var watch = Stopwatch.StartNew();
        Assert.Equal(0, await Build(db, site, killAfter: null));
        var full = watch.Elapsed;
        var reference = Listing(site);

        var random = new Random(Seed);
        var broken = 0;
        for (var i = 0; i < Kills; i++)
        {
            // Kill anywhere from process start to a little past a whole build's time.
            await Build(db, site, TimeSpan.FromMilliseconds(random.Next((int)(full.TotalMilliseconds * 1.1))));
            if (Directory.Exists(site) && !Listing(site).SequenceEqual(reference))
            {
                broken++;
            }
        }

        Assert.Equal(0, await Build(db, site, killAfter: null));
        Assert.Equal(reference, Listing(site));
        Figures.Report(output, $"killed builds: {Kills} kills (seed {Seed}, a whole build {full.TotalSeconds:0.0} s), {broken} broken sites, next build ok");
        Assert.Equal(0, broken);
    }

    private static async Task<int> Build(string db, string site, TimeSpan? killAfter)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { GeneratorDll, "build", "--db", db, "--out", site })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (killAfter is { } delay)
        {
            await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(delay));
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        await process.WaitForExitAsync();
        await Task.WhenAll(stdout, stderr);
        if (killAfter is null && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"build exited with {process.ExitCode}: {await stdout}{await stderr}");
        }

        return process.ExitCode;
    }

    private static List<string> Listing(string site) =>
        new DirectoryInfo(site).EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(site, f.FullName)} {f.Length}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
