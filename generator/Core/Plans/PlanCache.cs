using System.Collections.Concurrent;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Plans;

/// <summary>
/// The plans as the store holds them now, read once and kept until anything is committed to the
/// database (<see cref="StoreChanges"/>): pages that list or show a plan ask on every request, and
/// most requests change nothing. After a commit, a plan is read again only when its content stamp
/// moved (<c>plan_stamps</c>, kept by the database's triggers on every table a plan is read from):
/// a commit that touches no plan's content, or one plan's, leaves the other snapshots as they were,
/// the same objects. What it returns is never older than the last commit before the call.
/// </summary>
public sealed class PlanCache(PlanReader reader, StoreChanges changes)
{
    private Generation current = new(-1);

    /// <summary>The last snapshot read of each plan, by plan id, with the stamp it was read at: kept across versions of the database.</summary>
    private readonly ConcurrentDictionary<long, PlanReader.StampedSnapshot> stamped = new();

    /// <summary>Every plan, newest year first (<see cref="PlanReader.ListPlans"/>).</summary>
    public IReadOnlyList<PlanReader.PlanSummary> ListPlans()
    {
        var generation = Current();
        return generation.Plans ??= reader.ListPlans();
    }

    /// <summary>Everything about one plan (<see cref="PlanReader.Load(string)"/>), or null when there is no such plan.</summary>
    public PlanSnapshot? Load(string slug) => Current().Snapshots.GetOrAdd(slug, LoadStamped);

    /// <summary>
    /// Every plan with all its data, in the order of <see cref="ListPlans"/> (<see cref="PlanReader.LoadAll()"/>):
    /// what a publish reads. With nothing committed since the last call, nothing is read again.
    /// </summary>
    public IReadOnlyList<PlanSnapshot> LoadAll()
    {
        var generation = Current();
        var all = Volatile.Read(ref generation.All);
        if (all is not null)
        {
            return all;
        }

        var read = reader.LoadAll(id => stamped.GetValueOrDefault(id));
        foreach (var plan in read)
        {
            Keep(plan);
        }

        // Plans deleted since are not kept.
        var ids = read.Select(p => p.Snapshot.Plan.Id).ToHashSet();
        foreach (var id in stamped.Keys.Where(id => !ids.Contains(id)))
        {
            stamped.TryRemove(id, out _);
        }

        all = read.Select(p => p.Snapshot).ToList();
        foreach (var snapshot in all)
        {
            generation.Snapshots.TryAdd(snapshot.Plan.Slug, snapshot);
        }

        Volatile.Write(ref generation.All, all);
        return all;
    }

    private PlanSnapshot? LoadStamped(string slug)
    {
        var kept = stamped.Values.FirstOrDefault(s => s.Snapshot.Plan.Slug == slug);
        var read = reader.LoadStamped(slug, kept);
        if (read is null)
        {
            return null;
        }

        Keep(read);
        return read.Snapshot;
    }

    private void Keep(PlanReader.StampedSnapshot plan)
    {
        if (plan.Stamp is not null)
        {
            stamped[plan.Snapshot.Plan.Id] = plan;
        }
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

        /// <summary>Every plan, once <see cref="LoadAll"/> read them in this version.</summary>
        public IReadOnlyList<PlanSnapshot>? All;

        public ConcurrentDictionary<string, PlanSnapshot?> Snapshots { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, Lazy<object>> Derived { get; } = new(StringComparer.Ordinal);
    }
}
