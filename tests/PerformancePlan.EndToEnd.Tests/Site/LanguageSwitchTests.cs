using PerformancePlan.Core;
using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Site;

[Collection(Collections.SitePages)]
public sealed class LanguageSwitchTests(PublishedSiteFixture site)
{
    [Theory]
    [MemberData(nameof(PublicPages.EveryTypeInBothLanguages), MemberType = typeof(PublicPages))]
    public async Task The_language_switch_lands_on_the_same_page_in_the_other_language(string segment, string type)
    {
        var other = PublicPages.Parse(segment).Other();
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(PublicPages.PathOf(segment, type));

        var languageSwitch = session.Page.Locator($"header a[hreflang='{other.Tag()}']");
        Assert.Equal(1, await languageSwitch.CountAsync());
        await languageSwitch.ClickAsync();
        await Assertions.Expect(session.Page).ToHaveURLAsync(site.BaseUrl + PublicPages.PathOf(other.Segment(), type));

        Assert.Equal(other.Tag(), await session.Page.Locator("html").GetAttributeAsync("lang"));
        session.AssertNoPageErrors();
    }

    [Theory]
    [MemberData(nameof(PublicPages.EveryTypeInBothLanguages), MemberType = typeof(PublicPages))]
    public async Task Hreflang_alternates_name_both_languages_and_agree_between_the_two_pages(string segment, string type)
    {
        var zhPath = PublicPages.PathOf(Language.ZhTw.Segment(), type);
        var enPath = PublicPages.PathOf(Language.En.Segment(), type);
        await using var session = await site.OpenSessionAsync();

        await session.GotoAsync(PublicPages.PathOf(segment, type));
        var here = await AlternatesAsync(session);
        Assert.Equal(zhPath, here.GetValueOrDefault("zh-TW"));
        Assert.Equal(enPath, here.GetValueOrDefault("en"));
        Assert.Equal(zhPath, here.GetValueOrDefault("x-default"));

        var other = PublicPages.Parse(segment).Other();
        await session.GotoAsync(PublicPages.PathOf(other.Segment(), type));
        var there = await AlternatesAsync(session);
        Assert.Equal(here, there);
    }

    /// <summary>hreflang → path of the alternate (the site may write absolute addresses for its public host).</summary>
    private static async Task<Dictionary<string, string>> AlternatesAsync(BrowserSession session)
    {
        var links = await session.Page.Locator("head link[rel='alternate'][hreflang]").EvaluateAllAsync<string[][]>(
            "links => links.map(l => [l.getAttribute('hreflang'), l.getAttribute('href')])");
        var pageUrl = new Uri(session.Page.Url);
        var alternates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            Assert.True(alternates.TryAdd(link[0], new Uri(pageUrl, link[1]).AbsolutePath), $"hreflang {link[0]} appears twice on {pageUrl}");
        }

        return alternates;
    }
}
