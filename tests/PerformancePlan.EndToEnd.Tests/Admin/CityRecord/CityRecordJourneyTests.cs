using System.Globalization;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Admin.CityRecord;

/// <summary>
/// What an editor does for the city's record: add an agency, start next year's plan from this
/// year's, and confirm which of last year's indicators one of its indicators continues — by
/// clicking through the admin as an editor, each page axe-clean.
/// </summary>
[Collection(Collections.CityRecordAdmin)]
public sealed class CityRecordJourneyTests(PortalFixture portal)
{
    [Fact]
    public async Task An_editor_adds_an_agency_starts_next_years_plan_and_confirms_a_proposed_link()
    {
        await using var session = await portal.OpenSignedInSessionAsync(PortalFixture.Editor);
        var page = session.Page;

        // 1. A new agency, from the agencies list.
        await session.GotoAsync("/admin");
        await page.Locator("nav.admin-nav a[href='/admin/agencies']").ClickAsync();
        await page.Locator("main a[href='/admin/agencies/edit']").ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Locator("#Input_Code").FillAsync("civil-affairs");
        await page.Locator("#Input_NameZh").FillAsync("民政局");
        await page.Locator("#Input_NameEn").FillAsync("Department of Civil Affairs");
        await AdminPages.SaveAsync(page);
        await Assertions.Expect(page.Locator("main .notice--success")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main table tbody tr", new() { HasText = "civil-affairs" })).ToContainTextAsync("民政局");
        await Accessibility.AssertNoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "admin-agencies");

        // 2. Next year's plan, from the dashboard's link beside this year's plan.
        await session.GotoAsync("/admin");
        await page.Locator($"main a[href='/admin/newyear?plan={AdminPages.Slug}']").ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Year")).ToHaveValueAsync("108");
        await Accessibility.AssertNoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "admin-new-year");
        await AdminPages.SaveAsync(page);
        Assert.Equal("/admin/goals?plan=108-secretariat&done=started", session.CurrentPath);
        await Assertions.Expect(page.Locator("main .notice--success")).ToBeVisibleAsync();
        var next = LoadPlan("108-secretariat");
        Assert.All(next.Plan.Indicators, i => Assert.True(i.ContinuationConfirmed));

        // 3. Take one link back, have it proposed again, and confirm it.
        var indicator = next.Plan.Indicators.First();
        var continued = indicator.ContinuesId!.Value;
        await session.GotoAsync("/admin/links?plan=108-secretariat");
        await page.Locator($"main a[href*='indicator={indicator.Id.ToString(CultureInfo.InvariantCulture)}']").ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "admin-link-edit");
        await page.Locator("#Input_Continues").SelectOptionAsync(string.Empty);
        await AdminPages.SaveAsync(page);
        Assert.Null(LoadPlan("108-secretariat").Plan.Indicators.First().ContinuesId);

        await page.Locator("main form[action*='handler=propose'] button").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        var row = page.Locator("main table tbody tr").First;
        await Assertions.Expect(row.Locator(".badge--pending")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await Screenshots.SaveAsync(page, "admin-links");
        await row.Locator("form[action*='handler=confirm'] button").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(page.Locator("main .notice--success")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main table tbody tr").First.Locator(".badge--confirmed")).ToBeVisibleAsync();
        var confirmed = LoadPlan("108-secretariat").Plan.Indicators.First();
        Assert.Equal((continued, true), (confirmed.ContinuesId!.Value, confirmed.ContinuationConfirmed));
        session.AssertNoPageErrors();
    }

    private PlanSnapshot LoadPlan(string slug)
    {
        var database = Directory.EnumerateFiles(portal.DataDirectory, "*.db", SearchOption.AllDirectories).Single();
        return new PlanReader(new PlanDatabase(database)).Load(slug) ?? throw new InvalidOperationException($"no plan {slug}");
    }
}
