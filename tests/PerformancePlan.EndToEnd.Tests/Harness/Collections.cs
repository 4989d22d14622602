namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>
/// The test collections. Each has its own built site (or portal) and browser, so collections run
/// in parallel without sharing state; the tests inside one collection run one after another.
/// </summary>
public static class Collections
{
    public const string SitePages = "published site: pages and navigation";
    public const string SiteData = "published site: data pages, open data and screenshots";
    public const string SiteCrawl = "published site: crawl and accessibility";
    public const string Admin = "portal: admin as an editor";
    public const string CityRecordAdmin = "portal: agencies, next year's plan and year-to-year links";
    public const string CitySite = "published sample city: overview, agencies and indicator histories";
}

[CollectionDefinition(Collections.SitePages)]
public sealed class SitePagesCollection : ICollectionFixture<PublishedSiteFixture>;

[CollectionDefinition(Collections.SiteData)]
public sealed class SiteDataCollection : ICollectionFixture<PublishedSiteFixture>;

[CollectionDefinition(Collections.SiteCrawl)]
public sealed class SiteCrawlCollection : ICollectionFixture<PublishedSiteFixture>;

[CollectionDefinition(Collections.CitySite)]
public sealed class CitySiteCollection : ICollectionFixture<CitySiteFixture>;
