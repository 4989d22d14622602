namespace PerformancePlan.Generator.Site;

/// <summary>
/// The files of <c>wwwroot/</c> the published site uses, by logical name. <c>wwwroot/</c> also
/// holds the admin's own assets, which the public site has no business shipping.
/// </summary>
public static class SiteAssets
{
    public const string Stylesheet = "css/site.css";
    public const string ExchangeFilter = "js/exchange-filter.js";
    public const string IndicatorExplorer = "js/indicator-explorer.js";
    public const string Favicon = "icons/favicon.svg";

    /// <summary>The header's brand mark: one cached file instead of the same SVG inline in every page.</summary>
    public const string BrandMark = "icons/brand.svg";

    public static IReadOnlyList<string> All { get; } = [Stylesheet, ExchangeFilter, IndicatorExplorer, Favicon, BrandMark];
}
