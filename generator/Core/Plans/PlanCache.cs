using System.Collections.Concurrent;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Plans;

/// <summary>
/// The plans as the store holds them now, read once and kept until anything is committed to the
/// database (<see cref="StoreChanges"/>): pages that list or show a plan ask on every request, and
/// most requests change nothing. What it returns is never older than the last commit before the call.
/// </summary>
public sealed class PlanCache(PlanReader reader, StoreChanges changes)
{
    private Generation current = new(-1);

    /// <summary>Every plan, newest year first (<see cref="PlanReader.ListPlans"/>).</summary>
    public IReadOnlyList<PlanReader.PlanSummary> ListPlans()
    {
        var generation = Current();
        return generation.Plans ??= reader.ListPlans();
    }

    /// <summary>Everything about one plan (<see cref="PlanReader.Load(string)"/>), or null when there is no such plan.</summary>
    public PlanSnapshot? Load(string slug) => Current().Snapshots.GetOrAdd(slug, reader.Load);

    /// <summary>
    /// Every plan with all its data, in the order of <see cref="ListPlans"/> (<see cref="PlanReader.LoadAll"/>):
    /// what a publish reads. With nothing committed since the last call, nothing is read again.
    /// </summary>
    public IReadOnlyList<PlanSnapshot> LoadAll()
    {
        var generation = Current();
        var plans = generation.Plans ??= reader.ListPlans();
        var snapshots = new PlanSnapshot?[plans.Count];
        Parallel.For(0, plans.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            snapshots[i] = generation.Snapshots.GetOrAdd(plans[i].Slug, reader.Load));
        return snapshots.OfType<PlanSnapshot>().ToList();
    }

    /// <summary>
    /// A value derived from the plans as the store holds them now, computed once per
    /// <paramref name="key"/> and version of the database by <paramref name="compute"/> (which reads
    /// through this cache): what a page shows on every request but only a commit can change, such as
    /// figures across every plan. The key names the value and every input that is not in the database
    /// (a date, say). Concurrent callers wait for the one computation.
    /// </summary>
    public T Derived<T>(string key, Func<PlanCache, T> compute)
        where T : class
    {
        var lazy = Current().Derived.GetOrAdd(key, _ => new Lazy<object>(() => compute(this), LazyThreadSafetyMode.ExecutionAndPublication));
        return (T)lazy.Value;
    }

    /// <summary>The cached reads of one version of the database; a new version starts with none.</summary>
    private Generation Current()
    {
        // The version is read before any data, so data read after it is at least as new.
        var version = changes.Version();
        var generation = Volatile.Read(ref current);
        if (generation.Version == version)
        {
            return generation;
        }

        var fresh = new Generation(version);
        Interlocked.Exchange(ref current, fresh);
        return fresh;
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public IReadOnlyList<PlanReader.PlanSummary>? Plans { get; set; }

        public ConcurrentDictionary<string, PlanSnapshot?> Snapshots { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, Lazy<object>> Derived { get; } = new(StringComparer.Ordinal);
    }
}
