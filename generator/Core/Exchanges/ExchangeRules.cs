namespace PerformancePlan.Core.Exchanges;

public static class ExchangeRules
{
    /// <summary>A city or a country: a name, not a description.</summary>
    public const int MaxPlaceLength = 200;

    /// <summary>A few paragraphs: what happened, who came, what was agreed.</summary>
    public const int MaxSummaryLength = 4000;

    public const int MaxSourceUrlLength = 2000;

    /// <summary>An exchange logged for a plan took place in the plan's fiscal year (January to December).</summary>
    public static void InFiscalYear(List<FieldError> errors, Exchange e, int fiscalAdYear)
    {
        if (e.Date.Year != fiscalAdYear && errors.All(x => x.Field != "date"))
        {
            errors.Add(new("date", new(
                $"日期須在 {fiscalAdYear} 年度內（{fiscalAdYear}-01-01 至 {fiscalAdYear}-12-31），不是 {e.Date:yyyy-MM-dd}",
                $"the date must fall in fiscal year {fiscalAdYear} ({fiscalAdYear}-01-01 to {fiscalAdYear}-12-31), not {e.Date:yyyy-MM-dd}")));
        }
    }

    /// <summary>Every rule an exchange entry must meet; <paramref name="indicatorCodes"/> are the plan's indicators.</summary>
    public static List<FieldError> Validate(Exchange e, IReadOnlyCollection<string> indicatorCodes)
    {
        var errors = new List<FieldError>();
        if (e.Date.Year is < 1912 or > 2200)
        {
            errors.Add(new("date", new("日期不合理", "the date is out of range")));
        }

        if (string.IsNullOrWhiteSpace(e.PartnerCity.Zh) && NeedsPartnerCity(e.Kind))
        {
            errors.Add(TextRules.Missing("partner_city_zh"));
        }

        if (string.IsNullOrWhiteSpace(e.Country.Zh))
        {
            errors.Add(TextRules.Missing("country_zh"));
        }

        if (string.IsNullOrWhiteSpace(e.Summary.Zh))
        {
            errors.Add(TextRules.Missing("summary_zh"));
        }

        TextRules.Optional(errors, "partner_city_zh", e.PartnerCity.Zh, MaxPlaceLength);
        TextRules.Optional(errors, "partner_city_en", e.PartnerCity.En, MaxPlaceLength);
        TextRules.Optional(errors, "country_zh", e.Country.Zh, MaxPlaceLength);
        TextRules.Optional(errors, "country_en", e.Country.En, MaxPlaceLength);
        TextRules.Optional(errors, "summary_zh", e.Summary.Zh, MaxSummaryLength);
        TextRules.Optional(errors, "summary_en", e.Summary.En, MaxSummaryLength);
        TextRules.Optional(errors, "indicator_code", e.IndicatorCode, 20);
        TextRules.Optional(errors, "source_url", e.SourceUrl, MaxSourceUrlLength);

        if (e.DelegationSize is < 0 or > 100_000)
        {
            errors.Add(new("delegation_size", new("團員人數須為 0 至 100000 的整數", "the delegation size must be a whole number from 0 to 100000")));
        }

        if (!string.IsNullOrEmpty(e.IndicatorCode) && !indicatorCodes.Contains(e.IndicatorCode))
        {
            errors.Add(new("indicator_code", new(
                $"本計畫沒有指標 {e.IndicatorCode}",
                $"the plan has no indicator {e.IndicatorCode} (expected one of {string.Join(", ", indicatorCodes)})")));
        }

        if (!string.IsNullOrEmpty(e.SourceUrl)
            && !(Uri.TryCreate(e.SourceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            errors.Add(new("source_url", new("來源連結須為 http(s) 網址", "the source link must be an http(s) URL")));
        }

        return errors;
    }

    /// <summary>
    /// Sister-city exchanges, delegations received and overseas visits are with a particular city;
    /// envoy visits, event participation and media coverage often involve no single city.
    /// </summary>
    public static bool NeedsPartnerCity(ExchangeKind kind) =>
        kind is ExchangeKind.SisterCityExchange or ExchangeKind.DelegationReceived or ExchangeKind.OverseasVisit;

    /// <summary>The fields the audit trail compares, by their open-data names.</summary>
    public static Dictionary<string, string?> AuditFields(this Exchange e) => new()
    {
        ["date"] = e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["kind"] = e.Kind.Code(),
        ["partner_city_zh"] = e.PartnerCity.Zh.Trim(),
        ["partner_city_en"] = e.PartnerCity.En.Trim(),
        ["country_zh"] = e.Country.Zh.Trim(),
        ["country_en"] = e.Country.En.Trim(),
        ["delegation_size"] = e.DelegationSize?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["summary_zh"] = e.Summary.Zh.Trim(),
        ["summary_en"] = e.Summary.En.Trim(),
        ["indicator_code"] = string.IsNullOrWhiteSpace(e.IndicatorCode) ? null : e.IndicatorCode.Trim(),
        ["source_url"] = string.IsNullOrWhiteSpace(e.SourceUrl) ? null : e.SourceUrl.Trim(),
    };
}
