namespace PerformancePlan.Portal.Publishing;

/// <summary>One published build of the site, kept under <c>releases/</c> in the data directory.</summary>
public sealed record Release(
    long Id,
    string Name,
    DateTimeOffset CreatedAt,
    string UserName,
    int Pages,
    int Files,
    long Bytes,
    double Seconds,
    bool IsCurrent);
