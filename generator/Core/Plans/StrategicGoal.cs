namespace PerformancePlan.Core.Plans;

/// <summary>A strategic goal under 貳、年度策略目標, weighted in 參、年度績效指標.</summary>
public sealed record StrategicGoal
{
    public long Id { get; init; }

    /// <summary>1 for 一、, 2 for 二、…</summary>
    public required int Ordinal { get; init; }

    public required Bilingual Title { get; init; }

    /// <summary>Weight in percent (10 for 10%).</summary>
    public required decimal WeightPercent { get; init; }

    public IReadOnlyList<GoalItem> Items { get; init; } = [];

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    public long Version { get; init; }
}

/// <summary>A numbered item of a goal: (一), (二)… or the goal's single unnumbered paragraph (ordinal 1).</summary>
public sealed record GoalItem(int Ordinal, Bilingual Text);
