using System.Diagnostics;
using System.Globalization;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Bench;
using PerformancePlan.Generator.Pipeline;

namespace PerformancePlan.Generator.Cli;

/// <summary>
/// <c>bench [--plans N]</c>: builds a synthetic database of N realistic plans in a temporary folder,
/// builds the site from it, and reports pages, seconds, pages per second and peak working set.
/// </summary>
public sealed class BenchCommand : ICommand
{
    public string Name => "bench";

    public string Usage => "bench [--plans N]                                 time a full build of N synthetic plans (default 200)";

    public async Task<int> RunAsync(CommandArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var plans = args.IntOption("plans", 1, 5000) ?? 200;
        args.RejectUnknown();
        var temp = Directory.CreateTempSubdirectory("pp-bench-").FullName;
        try
        {
            var database = new PlanDatabase(Path.Combine(temp, "bench.db"));
            var fill = Stopwatch.StartNew();
            SyntheticPlans.Write(database, plans, new DateOnly(2019, 1, 15));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"synthetic database: {plans} plans in {fill.Elapsed.TotalSeconds:0.00} s"));

            var result = await SiteBuilder.BuildAsync(
                new SiteBuildOptions { Database = database, OutputDirectory = Path.Combine(temp, "site") },
                new BuildProgressPrinter(output),
                cancellationToken);
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var seconds = result.Elapsed.TotalSeconds;
            var csv = Directory.EnumerateFiles(Path.Combine(temp, "site", "data"), "*.csv", SearchOption.AllDirectories).Count();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bench: plans={plans} pages={result.Pages} csv={csv} files={result.Files} bytes={result.Bytes} seconds={seconds:0.000} pages_per_second={result.Pages / seconds:0} peak_working_set_mb={process.PeakWorkingSet64 / (1024.0 * 1024.0):0}"));
            return ExitCodes.Ok;
        }
        finally
        {
            PlanDatabase.ReleaseFiles();
            try
            {
                Directory.Delete(temp, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
