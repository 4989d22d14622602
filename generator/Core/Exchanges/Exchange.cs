namespace PerformancePlan.Core.Exchanges;

/// <summary>One entry in the international exchange log behind goals 一–三.</summary>
public sealed record Exchange
{
    public long Id { get; init; }

    public long PlanId { get; init; }

    public required DateOnly Date { get; init; }

    public required ExchangeKind Kind { get; init; }

    public required Bilingual PartnerCity { get; init; }

    public required Bilingual Country { get; init; }

    /// <summary>Number of people in the delegation, when known.</summary>
    public int? DelegationSize { get; init; }

    public required Bilingual Summary { get; init; }

    /// <summary>The indicator this entry counts towards, as "goal.indicator" (e.g. "1.1"), or null.</summary>
    public string? IndicatorCode { get; init; }

    public string? SourceUrl { get; init; }

    public long Version { get; init; }

    /// <summary>A stable anchor for links to this entry: <c>x-2018-03-14-12</c>.</summary>
    public string Anchor => $"x-{Date:yyyy-MM-dd}-{Id}";
}
