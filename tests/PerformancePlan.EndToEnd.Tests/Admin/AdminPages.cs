using System.Globalization;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Admin;

/// <summary>What the admin tests need to know about the portal's data and pages.</summary>
internal static class AdminPages
{
    public const string Slug = PublicPages.Slug;

    public static PlanSnapshot LoadPlan(PortalFixture portal)
    {
        var database = Directory.EnumerateFiles(portal.DataDirectory, "*.db", SearchOption.AllDirectories).Single();
        return new PlanReader(new PlanDatabase(database)).Load(Slug)
            ?? throw new InvalidOperationException($"the portal's database has no plan {Slug}");
    }

    public static string ActualEdit(Indicator indicator, Period period) =>
        $"/admin/actuals/edit?plan={Slug}&indicator={indicator.Id.ToString(CultureInfo.InvariantCulture)}&period={period}";

    public static async Task SaveAsync(IPage page)
    {
        await page.Locator("main form[method='post'] button[type='submit']").Last.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
