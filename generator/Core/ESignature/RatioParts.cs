namespace PerformancePlan.Core.ESignature;

/// <summary>The two summed counts a ratio is computed from.</summary>
public sealed record RatioParts(long Numerator, long Denominator)
{
    /// <summary>Numerator ÷ denominator × 100, rounded to two decimals (half away from zero); null for a zero denominator.</summary>
    public decimal? Percent => Denominator == 0 ? null : Math.Round((decimal)Numerator / Denominator * 100m, 2, MidpointRounding.AwayFromZero);
}
