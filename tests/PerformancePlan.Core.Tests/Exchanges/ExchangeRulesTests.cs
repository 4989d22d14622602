using PerformancePlan.Core.Exchanges;

namespace PerformancePlan.Core.Tests.Exchanges;

public class ExchangeRulesTests
{
    private static Exchange Entry(ExchangeKind kind, string city) => new()
    {
        Date = new DateOnly(2018, 5, 16),
        Kind = kind,
        PartnerCity = Bilingual.ZhOnly(city),
        Country = Bilingual.ZhOnly("多國"),
        Summary = Bilingual.ZhOnly("駐台使節參訪"),
        IndicatorCode = "2.3",
    };

    [Theory]
    [InlineData(ExchangeKind.EnvoyVisit)]
    [InlineData(ExchangeKind.MediaCoverage)]
    [InlineData(ExchangeKind.EventParticipation)]
    public void Entries_that_involve_no_single_city_need_no_partner_city(ExchangeKind kind) =>
        Assert.Empty(ExchangeRules.Validate(Entry(kind, string.Empty), ["2.3"]));

    [Theory]
    [InlineData(ExchangeKind.SisterCityExchange)]
    [InlineData(ExchangeKind.DelegationReceived)]
    [InlineData(ExchangeKind.OverseasVisit)]
    public void Entries_with_a_city_need_its_name(ExchangeKind kind)
    {
        Assert.Equal("partner_city_zh", Assert.Single(ExchangeRules.Validate(Entry(kind, " "), ["2.3"])).Field);
        Assert.Empty(ExchangeRules.Validate(Entry(kind, "福岡市"), ["2.3"]));
    }
}
