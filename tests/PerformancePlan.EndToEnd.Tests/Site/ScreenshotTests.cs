using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Site;

/// <summary>
/// Screenshots of every page type at desktop and phone widths, kept for a person to look at; and,
/// at the phone width, the page reflows instead of scrolling sideways (WCAG 1.4.10).
/// </summary>
[Collection(Collections.SiteData)]
public sealed class ScreenshotTests(PublishedSiteFixture site)
{
    [Theory]
    [MemberData(nameof(PublicPages.EveryTypeInBothLanguages), MemberType = typeof(PublicPages))]
    public async Task Every_page_type_is_captured_at_both_widths_and_fits_a_phone_screen(string segment, string type)
    {
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(PublicPages.PathOf(segment, type));
        await session.Page.EvaluateAsync("() => document.fonts.ready");

        var files = await Screenshots.SaveAsync(session.Page, $"site-{segment}-{type}");
        Assert.All(files, f => Assert.True(new FileInfo(f).Length > 5_000, $"{f} is nearly empty"));

        await session.Page.SetViewportSizeAsync(BrowserSession.PhoneWidth, 800);
        var overflow = await session.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0)
        {
            var culprits = await session.Page.EvaluateAsync<string[]>(
                """
                () => {
                  const width = document.documentElement.clientWidth;
                  // Inside a scrolling box an element does not widen the page, unless it is positioned out of that box.
                  const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
                  const path = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '');
                  return [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > width + 1 && (!scrolls(e) || ['absolute', 'fixed'].includes(getComputedStyle(e).position)))
                    .filter((e, _, all) => !all.includes(e.parentElement))
                    .slice(0, 5)
                    .map(e => `${path(e.parentElement)} > ${path(e)} (right edge ${Math.round(e.getBoundingClientRect().right)} px)`);
                }
                """);
            Assert.Fail($"at {BrowserSession.PhoneWidth} px {session.Page.Url} scrolls sideways by {overflow} px; wider than the screen: {string.Join("; ", culprits)}");
        }
    }

    [Theory]
    [InlineData("root", "/", 200)]
    [InlineData("404", "/no-such-page/", 404)]
    public async Task The_root_and_404_pages_are_captured_at_both_widths(string name, string path, int status)
    {
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(path, status);
        var files = await Screenshots.SaveAsync(session.Page, $"site-{name}");
        Assert.All(files, f => Assert.True(new FileInfo(f).Length > 5_000, $"{f} is nearly empty"));
    }
}
