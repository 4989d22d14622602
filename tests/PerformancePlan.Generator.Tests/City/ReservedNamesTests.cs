using PerformancePlan.Core;

namespace PerformancePlan.Generator.Tests.City;

/// <summary>
/// Every folder the generator writes beside the plans' own is a name no plan slug or page key can
/// take: a new kind of page must reserve its folder, or a plan could one day write over it.
/// </summary>
public sealed class ReservedNamesTests(BuiltSampleCity city) : IClassFixture<BuiltSampleCity>
{
    [Fact]
    public void Every_folder_the_site_writes_at_the_top_of_a_language_or_of_data_is_a_plan_or_a_reserved_name()
    {
        var slugs = city.Plans.Select(p => p.Plan.Slug).ToHashSet(StringComparer.Ordinal);
        var folders = new[] { string.Empty, "zh-tw", "en", "data" }
            .SelectMany(parent => Directory.EnumerateDirectories(city.Site.File(parent)).Select(Path.GetFileName))
            .Select(name => name!)
            .Where(name => !slugs.Contains(name))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.Contains("agencies", folders);
        Assert.All(folders, name => Assert.NotNull(ReservedNames.CheckPlanSlug(name)));
        Assert.All(folders.Where(name => !ReservedNames.StaticPages.Contains(name)), name => Assert.NotNull(ReservedNames.CheckPageKey(name)));
    }
}
