namespace PerformancePlan.Core;

/// <summary>
/// A fiscal year in the ROC calendar (107) and AD (2018): January to December. In the root
/// namespace because every feature's operational data must fall inside its plan's year.
/// </summary>
public static class FiscalYear
{
    public const int RocOffset = 1911;

    public static int ToAd(int rocYear) => rocYear + RocOffset;

    public static int ToRoc(int adYear) => adYear - RocOffset;
}
