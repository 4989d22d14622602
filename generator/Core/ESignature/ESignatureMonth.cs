namespace PerformancePlan.Core.ESignature;

/// <summary>
/// One month of the online-signing figures behind indicator 七: the ratio is derived, never stored:
/// online-signed / (e-received + paper-signed-online + self-drafted) × 100%.
/// </summary>
public sealed record ESignatureMonth
{
    public long Id { get; init; }

    public long PlanId { get; init; }

    /// <summary>First day of the month.</summary>
    public required DateOnly Month { get; init; }

    /// <summary>公文線上簽核件數.</summary>
    public required int OnlineSigned { get; init; }

    /// <summary>電子公文收文總數.</summary>
    public required int ElectronicReceived { get; init; }

    /// <summary>紙本來文線上簽核數.</summary>
    public required int PaperSignedOnline { get; init; }

    /// <summary>自創簽稿數.</summary>
    public required int SelfDrafted { get; init; }

    /// <summary>The day the month's counts were entered; null for months recorded before it was kept.</summary>
    public DateOnly? ReportedOn { get; init; }

    public long Version { get; init; }

    public int Denominator => ElectronicReceived + PaperSignedOnline + SelfDrafted;

    /// <summary>The ratio in percent, rounded to two decimals; null when the denominator is zero.</summary>
    public decimal? RatioPercent => new RatioParts(OnlineSigned, Denominator).Percent;

    public string MonthKey => Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
