using System.Diagnostics;
using System.Globalization;
using PerformancePlan.Core;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Bench;
using PerformancePlan.Generator.Pipeline;

namespace PerformancePlan.Generator.Cli;

/// <summary>
/// <c>bench [--plans N] [--edit-one] [--in DIR]</c>: builds a synthetic database of N realistic plans
/// in a temporary folder (under DIR when given: a disk, or memory such as /dev/shm), builds the
/// site from it as a first release, and reports pages, seconds, pages per second and peak working
/// set. With <c>--edit-one</c> it then publishes twice more the way the admin does, each release
/// beside the previous one: once with nothing changed, once after saving one actual of one plan.
/// <c>--save-db FILE</c> only writes the synthetic database, to time <c>build --db FILE</c> from outside.
/// </summary>
public sealed class BenchCommand : ICommand, IHasFlags
{
    public string Name => "bench";

    public string Usage => "bench [--plans N] [--edit-one] [--in DIR] [--save-db FILE]   time a full build of N synthetic plans (default 200), then a no-change and a one-figure rebuild; or only write their database";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "edit-one" };

    public async Task<int> RunAsync(CommandArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var plans = args.IntOption("plans", 1, 5000) ?? 200;
        var editOne = args.Flag("edit-one");
        var parent = args.Option("in");
        var saveDb = args.Option("save-db");
        args.RejectUnknown();
        if (saveDb is not null)
        {
            if (File.Exists(saveDb))
            {
                throw new UsageException($"--save-db names a file that exists: '{saveDb}'");
            }

            SyntheticPlans.Write(new PlanDatabase(saveDb), plans, new DateOnly(2019, 1, 15));
            PlanDatabase.ReleaseFiles();
            output.WriteLine($"synthetic database: {plans} plans in {saveDb}");
            return ExitCodes.Ok;
        }

        if (parent is not null && !Directory.Exists(parent))
        {
            throw new UsageException($"--in names a folder that does not exist: '{parent}'");
        }

        var temp = parent is null ? Directory.CreateTempSubdirectory("pp-bench-").FullName : Directory.CreateDirectory(Path.Combine(parent, "pp-bench-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        try
        {
            var database = new PlanDatabase(Path.Combine(temp, "bench.db"));
            var fill = Stopwatch.StartNew();
            SyntheticPlans.Write(database, plans, new DateOnly(2019, 1, 15));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"synthetic database: {plans} plans in {fill.Elapsed.TotalSeconds:0.00} s under {temp}"));

            // The plans are read through a cache kept across the builds, as the portal keeps one across publishes.
            using var changes = new StoreChanges(database);
            var cache = new PlanCache(new PlanReader(database), changes);
            using var process = Process.GetCurrentProcess();
            var stages = new StageClock(process);
            var gcBefore = GcFigures.Now();
            var first = Path.Combine(temp, "releases", "1");
            var result = await SiteBuilder.BuildAsync(new SiteBuildOptions { Database = database, Plans = cache, OutputDirectory = first, AcceptWarnings = true }, stages, cancellationToken);
            process.Refresh();
            PrintStages(output, stages);

            var seconds = result.Elapsed.TotalSeconds;
            var csv = Directory.EnumerateFiles(Path.Combine(first, "data"), "*.csv", SearchOption.AllDirectories).Count();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bench: phase=full cpu_seconds={stages.Finished[^1].Cpu.TotalSeconds:0.00} plans={plans} pages={result.Pages} csv={csv} files={result.Files} bytes={result.Bytes} seconds={seconds:0.000} pages_per_second={result.Pages / seconds:0} peak_working_set_mb={process.PeakWorkingSet64 / (1024.0 * 1024.0):0} {GarbageCollection(gcBefore)}"));
            if (!editOne)
            {
                return ExitCodes.Ok;
            }

            var second = Path.Combine(temp, "releases", "2");
            var clock = Stopwatch.StartNew();
            stages = new StageClock(process);
            var same = await SiteBuilder.BuildAsync(new SiteBuildOptions { Database = database, Plans = cache, OutputDirectory = second, PreviousRelease = first, AcceptWarnings = true }, stages, cancellationToken);
            PrintStages(output, stages);
            output.WriteLine("bench: phase=no-change " + Line(same, clock.Elapsed));

            // The actual to change is chosen before the clock starts: the admin's editor has it on screen.
            var (plan, indicator, actual) = PickActual(cache);
            clock.Restart();
            var edited = EditOneActual(database, plan, indicator, actual);
            var third = Path.Combine(temp, "releases", "3");
            stages = new StageClock(process);
            var changed = await SiteBuilder.BuildAsync(new SiteBuildOptions { Database = database, Plans = cache, OutputDirectory = third, PreviousRelease = second, AcceptWarnings = true }, stages, cancellationToken);
            PrintStages(output, stages);
            output.WriteLine("bench: phase=edit-one " + Line(changed, clock.Elapsed) + " edited=" + edited);
            process.Refresh();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bench: releases=3 one_release_mb={result.Bytes / (1024.0 * 1024.0):0.0} three_releases_written_mb={(result.BytesWritten + same.BytesWritten + changed.BytesWritten) / (1024.0 * 1024.0):0.0} peak_working_set_mb={process.PeakWorkingSet64 / (1024.0 * 1024.0):0}"));
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

    private static void PrintStages(TextWriter output, StageClock stages)
    {
        foreach (var (stage, wall, cpu, allocated) in stages.Finished)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-10} ends at {wall.TotalSeconds,6:0.00} s wall, {cpu.TotalSeconds,6:0.00} s CPU, {allocated / (1024.0 * 1024.0),6:0} MB allocated"));
        }
    }

    /// <summary>What the build cost the garbage collector: bytes allocated, collections by generation, time paused.</summary>
    private static string GarbageCollection(GcFigures before)
    {
        var now = GcFigures.Now();
        return string.Create(CultureInfo.InvariantCulture,
            $"allocated_mb={(now.Allocated - before.Allocated) / (1024.0 * 1024.0):0} gc_gen0={now.Gen0 - before.Gen0} gc_gen1={now.Gen1 - before.Gen1} gc_gen2={now.Gen2 - before.Gen2} gc_pause_seconds={(now.Paused - before.Paused).TotalSeconds:0.00}");
    }

    private readonly record struct GcFigures(long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
    {
        public static GcFigures Now() => new(GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
    }

    private static string Line(BuildResult r, TimeSpan endToEnd) => string.Create(CultureInfo.InvariantCulture,
        $"seconds={endToEnd.TotalSeconds:0.000} build_seconds={r.Elapsed.TotalSeconds:0.000} pages={r.Pages} pages_rendered={r.PagesRendered} pages_written={r.PagesWritten} pages_reused={r.PagesReused} files_written={r.FilesWritten} files_validated={r.FilesValidated} bytes_written={r.BytesWritten}");

    /// <summary>The first actual of the first plan (as the last build read it: nothing was committed since).</summary>
    private static (Plan Plan, Indicator Indicator, Actual Actual) PickActual(PlanCache cache)
    {
        var plan = cache.LoadAll()[0].Plan;
        var indicator = plan.Indicators.First(i => i.Actuals.Count > 0);
        // The latest period: raising an earlier one of a year-to-date series would make the next fall, which the checks refuse.
        return (plan, indicator, indicator.Actuals.MaxBy(a => a.Period)!);
    }

    /// <summary>Saves the actual with a new value, through the store the admin saves with.</summary>
    private static string EditOneActual(PlanDatabase database, Plan plan, Indicator indicator, Actual actual)
    {
        new ActualStore(database).Save(plan.Id, actual with { Value = actual.Value + 1 }, actual.Version, new ChangeContext("bench", DateTimeOffset.UnixEpoch));
        return $"{plan.Slug}/{indicator.Code}/{actual.Period}";
    }
}

/// <summary>When each build stage finished, in wall time and in the process's CPU time (which a busy machine distorts less), and how much the build had allocated by then.</summary>
internal sealed class StageClock(Process process) : IProgress<BuildProgress>
{
    private readonly TimeSpan cpuAtStart = process.TotalProcessorTime;
    private readonly long allocatedAtStart = GC.GetTotalAllocatedBytes();
    private readonly Lock gate = new();

    public List<(string Stage, TimeSpan Wall, TimeSpan Cpu, long Allocated)> Finished { get; } = [];

    public void Report(BuildProgress value)
    {
        // Findings reported plan by plan along the way (translation coverage) are not stages.
        if (value.Done != value.Total || value.Translation is not null)
        {
            return;
        }

        lock (gate)
        {
            process.Refresh();
            Finished.RemoveAll(f => f.Stage == value.Label);
            Finished.Add((value.Label, value.Elapsed, process.TotalProcessorTime - cpuAtStart, GC.GetTotalAllocatedBytes() - allocatedAtStart));
        }
    }
}
