using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Admin;

[Collection(Collections.Admin)]
public sealed class SignInTests(PortalFixture portal)
{
    [Fact]
    public async Task The_admin_asks_for_sign_in_shows_an_error_for_a_wrong_password_and_opens_with_the_right_one()
    {
        await using var session = await portal.OpenSessionAsync();
        await session.GotoAsync("/admin");
        Assert.Contains("/admin/account/signin", session.Page.Url, StringComparison.OrdinalIgnoreCase);

        await session.Page.Locator("#Input_Name").FillAsync(PortalFixture.Publisher);
        await session.Page.Locator("#Input_Password").FillAsync("not the password at all");
        await session.Page.Locator("main form button[type='submit']").ClickAsync();
        var error = session.Page.Locator("main [role='alert']");
        await Assertions.Expect(error).ToBeVisibleAsync();
        Assert.False(string.IsNullOrWhiteSpace(await error.InnerTextAsync()));
        Assert.Contains("/admin/account/signin", session.Page.Url, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("true", await session.Page.Locator("#Input_Password").GetAttributeAsync("aria-invalid"));

        await PortalFixture.SignInAsync(session, PortalFixture.Publisher, PortalFixture.Password);
        Assert.EndsWith("/admin", new Uri(session.Page.Url).AbsolutePath.TrimEnd('/'), StringComparison.Ordinal);
        Assert.Contains(PortalFixture.Publisher, await session.Page.Locator("header").InnerTextAsync(), StringComparison.Ordinal);
        session.AssertNoPageErrors();
    }

    [Fact]
    public async Task Signing_out_closes_the_admin_again_even_for_a_copied_session_cookie()
    {
        await using var session = await portal.OpenSessionAsync();
        await PortalFixture.SignInAsync(session, PortalFixture.Publisher, PortalFixture.Password);
        var copied = await session.Context.StorageStateAsync();

        await session.Page.Locator("header form[action='/admin/account/signout'] button").ClickAsync();
        await session.Page.WaitForURLAsync(url => !url.EndsWith("/admin", StringComparison.Ordinal));
        await session.GotoAsync("/admin/actuals");
        Assert.Contains("/admin/account/signin", session.Page.Url, StringComparison.OrdinalIgnoreCase);

        await using var replay = await portal.Browser.OpenSessionAsync(portal.BaseUrl, o => o.StorageState = copied);
        await replay.GotoAsync("/admin/actuals");
        Assert.Contains("/admin/account/signin", replay.Page.Url, StringComparison.OrdinalIgnoreCase);
    }
}
