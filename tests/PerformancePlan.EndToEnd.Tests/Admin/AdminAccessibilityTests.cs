using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Admin;

/// <summary>
/// Every admin page, found by following the admin's own links from the dashboard as an admin user
/// (one page per address, whatever its query), passes axe-core's WCAG 2.1 A/AA rules in both
/// languages and is captured (in zh-TW, the editors' default) at desktop and phone widths.
/// </summary>
[Collection(Collections.Admin)]
public sealed class AdminAccessibilityTests(PortalFixture portal, ITestOutputHelper output)
{
    [Theory]
    [InlineData("zh-TW")]
    [InlineData("en")]
    public async Task Every_admin_page_has_no_wcag_21_a_or_aa_violation(string language)
    {
        await using var session = await portal.OpenSignedInSessionAsync(PortalFixture.Admin);
        await session.GotoAsync("/admin");
        await SwitchToAsync(session, language);

        var violations = new List<string>();
        var pages = await AdminCrawler.VisitAsync(session, async _ =>
        {
            violations.AddRange(await Accessibility.ViolationsAsync(session.Page));
            if (language == "zh-TW")
            {
                await Screenshots.SaveAsync(session.Page, new Uri(session.Page.Url).AbsolutePath.Trim('/').Replace('/', '-'));
            }
        });
        output.WriteLine($"{pages.Count} admin pages: " + string.Join(", ", pages));
        Assert.True(pages.Count >= 10, $"only {pages.Count} admin pages were found from the dashboard: {string.Join(", ", pages)}");

        Assert.True(violations.Count == 0, $"WCAG 2.1 A/AA violations on admin pages ({language}):\n" + string.Join("\n", violations));
        session.AssertNoPageErrors();
    }

    [Fact]
    public async Task The_sign_in_page_has_no_wcag_21_a_or_aa_violation_even_when_showing_an_error()
    {
        await using var session = await portal.OpenSessionAsync();
        await session.GotoAsync("/admin/account/signin");
        await Accessibility.AssertNoViolationsAsync(session.Page);
        await Screenshots.SaveAsync(session.Page, "admin-signin");

        await session.Page.Locator("#Input_Name").FillAsync("nobody-" + Guid.NewGuid().ToString("N")[..6]);
        await session.Page.Locator("#Input_Password").FillAsync("wrong password here");
        await session.Page.Locator("main form button[type='submit']").ClickAsync();
        await Assertions.Expect(session.Page.Locator("main [role='alert']")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(session.Page);
        await Screenshots.SaveAsync(session.Page, "admin-signin-error");
    }

    private static async Task SwitchToAsync(BrowserSession session, string language)
    {
        if (await session.Page.Locator("html").GetAttributeAsync("lang") == language)
        {
            return;
        }

        await session.Page.Locator("header form[action='/admin/account/language'] button").ClickAsync();
        await Assertions.Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", language);
    }
}
