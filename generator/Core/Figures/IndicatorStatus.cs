namespace PerformancePlan.Core.Figures;

/// <summary>
/// Where an indicator stands: derived, never stored. While the fiscal year runs: achieved, on track,
/// behind or no data. Once it is over: achieved or not achieved when the last period is reported,
/// else final result not reported.
/// </summary>
public enum IndicatorStatus
{
    Achieved,
    OnTrack,
    Behind,
    NoData,
    NotAchieved,
    FinalNotReported,
}

public static class IndicatorStatuses
{
    /// <summary>The statuses in the order pages count them.</summary>
    public static IReadOnlyList<IndicatorStatus> All { get; } =
    [
        IndicatorStatus.Achieved, IndicatorStatus.NotAchieved, IndicatorStatus.OnTrack, IndicatorStatus.Behind,
        IndicatorStatus.NoData, IndicatorStatus.FinalNotReported,
    ];

    /// <summary>The statuses a plan in the given state can show.</summary>
    public static IReadOnlyList<IndicatorStatus> For(bool yearIsOver) => yearIsOver
        ? [IndicatorStatus.Achieved, IndicatorStatus.NotAchieved, IndicatorStatus.FinalNotReported]
        : [IndicatorStatus.Achieved, IndicatorStatus.OnTrack, IndicatorStatus.Behind, IndicatorStatus.NoData];

    public static string Code(this IndicatorStatus status) => status switch
    {
        IndicatorStatus.Achieved => "achieved",
        IndicatorStatus.OnTrack => "on_track",
        IndicatorStatus.Behind => "behind",
        IndicatorStatus.NoData => "no_data",
        IndicatorStatus.NotAchieved => "not_achieved",
        IndicatorStatus.FinalNotReported => "final_not_reported",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static Bilingual Name(this IndicatorStatus status) => status switch
    {
        IndicatorStatus.Achieved => new("已達成", "Achieved"),
        IndicatorStatus.OnTrack => new("進度符合", "On track"),
        IndicatorStatus.Behind => new("進度落後", "Behind"),
        IndicatorStatus.NoData => new("尚無資料", "No data"),
        IndicatorStatus.NotAchieved => new("未達成", "Not achieved"),
        IndicatorStatus.FinalNotReported => new("最終結果未提報", "Final result not reported"),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
