namespace PerformancePlan.Core.Exchanges;

/// <summary>The kinds of entry in the international exchange log, with their stable open-data codes.</summary>
public enum ExchangeKind
{
    SisterCityExchange,
    DelegationReceived,
    EnvoyVisit,
    OverseasVisit,
    EventParticipation,
    MediaCoverage,
}

public static class ExchangeKinds
{
    public static IReadOnlyList<ExchangeKind> All { get; } = Enum.GetValues<ExchangeKind>();

    /// <summary>snake_case code used in the database, CSV files and URLs.</summary>
    public static string Code(this ExchangeKind kind) => kind switch
    {
        ExchangeKind.SisterCityExchange => "sister_city_exchange",
        ExchangeKind.DelegationReceived => "delegation_received",
        ExchangeKind.EnvoyVisit => "envoy_visit",
        ExchangeKind.OverseasVisit => "overseas_visit",
        ExchangeKind.EventParticipation => "event_participation",
        ExchangeKind.MediaCoverage => "media_coverage",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static Bilingual Name(this ExchangeKind kind) => kind switch
    {
        ExchangeKind.SisterCityExchange => new("締盟城市交流", "Sister-city exchange"),
        ExchangeKind.DelegationReceived => new("接待國際訪賓", "Delegation received"),
        ExchangeKind.EnvoyVisit => new("駐台使節參訪", "Envoy visit"),
        ExchangeKind.OverseasVisit => new("出國考察", "Overseas visit"),
        ExchangeKind.EventParticipation => new("參與國際活動", "Event participation"),
        ExchangeKind.MediaCoverage => new("媒體曝光", "Media coverage"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Accepts the code, the enum name, or either language's name.</summary>
    public static bool TryParse(string? text, out ExchangeKind kind)
    {
        kind = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        foreach (var k in All)
        {
            var name = k.Name();
            if (string.Equals(t, k.Code(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(t, k.ToString(), StringComparison.OrdinalIgnoreCase)
                || t == name.Zh
                || string.Equals(t, name.En, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        return false;
    }
}
