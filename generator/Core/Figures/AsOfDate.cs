namespace PerformancePlan.Core.Figures;

/// <summary>The date figures are judged as of: given, or today in Taiwan (UTC+8), where the plans' deadlines fall.</summary>
public static class AsOfDate
{
    private static readonly TimeSpan TaiwanOffset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider? clock = null) =>
        DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().ToOffset(TaiwanOffset).DateTime);
}
