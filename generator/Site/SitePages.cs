namespace PerformancePlan.Generator.Site;

/// <summary>The keys of the static page texts kept in the <c>site_pages</c> table.</summary>
public static class SitePages
{
    public const string About = "about";
    public const string OpenDataGuide = "open-data";
}
