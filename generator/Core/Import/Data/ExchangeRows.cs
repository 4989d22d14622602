using PerformancePlan.Core.Exchanges;

namespace PerformancePlan.Core.Import.Data;

/// <summary>Reads a row of <c>exchanges.csv</c>, checked by <see cref="ExchangeRules"/>.</summary>
internal static class ExchangeRows
{
    public static Exchange? Read(RowFields f, PlanDataContext plan)
    {
        var date = f.Date("date");
        var kindText = f.Required("kind");
        ExchangeKind? kind = null;
        if (kindText is not null)
        {
            if (ExchangeKinds.TryParse(kindText, out var k))
            {
                kind = k;
            }
            else
            {
                var codes = string.Join(", ", ExchangeKinds.All.Select(x => x.Code()));
                f.Errors.Add(new("kind", new($"「{kindText}」不是交流類別；應為 {codes} 之一", $"'{kindText}' is not a kind of exchange; expected one of {codes}")));
            }
        }

        var size = f.Count("delegation_size", required: false);
        if (f.Errors.Count > 0 || date is null || kind is null)
        {
            return null;
        }

        var exchange = new Exchange
        {
            PlanId = plan.PlanId,
            Date = date.Value,
            Kind = kind.Value,
            PartnerCity = new(f.Text("partner_city_zh"), f.Text("partner_city_en")),
            Country = new(f.Text("country_zh"), f.Text("country_en")),
            DelegationSize = size,
            Summary = new(f.Text("summary_zh"), f.Text("summary_en")),
            IndicatorCode = f.Text("indicator_code") is { Length: > 0 } code ? code : null,
            SourceUrl = f.Text("source_url") is { Length: > 0 } url ? url : null,
        };
        f.Errors.AddRange(ExchangeRules.Validate(exchange, plan.IndicatorCodes));
        return f.Errors.Count == 0 ? exchange : null;
    }

    /// <summary>Identifies an entry already in the log, so importing the same file twice adds nothing.</summary>
    public static string Key(Exchange e) =>
        string.Join('\u001F', e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.Kind.Code(), e.PartnerCity.Zh.Trim(), e.Summary.Zh.Trim());
}
