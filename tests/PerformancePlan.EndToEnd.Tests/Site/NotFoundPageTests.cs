using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Site;

[Collection(Collections.SitePages)]
public sealed class NotFoundPageTests(PublishedSiteFixture site)
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/zh-tw/107-secretariat/goals/99/")]
    [InlineData("/en/107-secretariat/budget/2017/extra/")]
    public async Task An_unknown_address_shows_the_styled_404_page_with_a_way_home(string path)
    {
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(path, expectedStatus: 404);

        Assert.Equal(1, await session.Page.Locator("h1").CountAsync());
        Assert.Equal(1, await session.Page.Locator("main").CountAsync());
        Assert.True(await session.Page.Locator("a[href$='/zh-tw/'], a[href='/zh-tw/']").CountAsync() > 0, "the 404 page links to the Chinese home");
        Assert.True(await session.Page.Locator("a[href$='/en/'], a[href='/en/']").CountAsync() > 0, "the 404 page links to the English home");
        Assert.True(
            await session.Page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => { try { return s.cssRules.length > 0; } catch { return false; } })"),
            $"the 404 page at {path} has no stylesheet loaded");
        session.AssertNoPageErrors(site.BaseUrl + path);
    }
}
