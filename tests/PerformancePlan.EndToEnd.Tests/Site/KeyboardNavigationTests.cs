using PerformancePlan.Core;
using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Site;

[Collection(Collections.SitePages)]
public sealed class KeyboardNavigationTests(PublishedSiteFixture site)
{
    [Theory]
    [MemberData(nameof(PublicPages.EveryTypeInBothLanguages), MemberType = typeof(PublicPages))]
    public async Task The_first_tab_shows_the_skip_link_and_enter_moves_focus_to_the_main_content(string segment, string type)
    {
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(PublicPages.PathOf(segment, type));

        await session.Page.Keyboard.PressAsync("Tab");
        var first = await Keyboard.FocusedAsync(session.Page);
        var href = await session.Page.EvaluateAsync<string?>("() => document.activeElement.getAttribute('href')");
        var mainId = await session.Page.Locator("main").GetAttributeAsync("id");
        Assert.False(string.IsNullOrEmpty(mainId), "<main> has no id for the skip link to target");
        Assert.True(href == "#" + mainId, $"the first Tab stop is {first.Description}, not the skip link to #{mainId}");
        Assert.True(first.Indicator, $"the focused skip link shows no focus indicator ({first.Style})");
        Assert.True(await session.Page.EvaluateAsync<bool>(
            "() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.width > 1 && r.height > 1; }"),
            "the focused skip link is not visible on screen");

        await session.Page.Keyboard.PressAsync("Enter");
        Assert.True(
            await session.Page.EvaluateAsync<bool>("() => { const m = document.querySelector('main'); return m === document.activeElement || m.contains(document.activeElement); }"),
            "after Enter on the skip link, focus is not in <main>: " + (await Keyboard.FocusedAsync(session.Page)).Description);

        // The next Tab continues inside the main content, not back at the top of the page.
        await session.Page.Keyboard.PressAsync("Tab");
        var next = await session.Page.EvaluateAsync<bool>(
            "() => { const e = document.activeElement; return e === document.body || !!e.closest('main, footer'); }");
        Assert.True(next, "after the skip link, Tab goes back above the main content: " + (await Keyboard.FocusedAsync(session.Page)).Description);
    }

    [Theory]
    [MemberData(nameof(PublicPages.EveryTypeInBothLanguages), MemberType = typeof(PublicPages))]
    public async Task Tab_reaches_the_language_switch_and_every_link_each_with_a_visible_focus_indicator(string segment, string type)
    {
        var other = PublicPages.Parse(segment).Other();
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(PublicPages.PathOf(segment, type));
        var links = await Keyboard.NumberReachableLinksAsync(session.Page);
        var languageSwitch = int.Parse(
            await session.Page.Locator($"header a[hreflang='{other.Tag()}']").GetAttributeAsync("data-e2e-link") ?? "-1",
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(languageSwitch >= 0, "the language switch is not a reachable link");

        var reached = new HashSet<int>();
        var withoutIndicator = new List<string>();
        // Every link once, plus the page's other controls (form fields, scrollable tables); focus leaving the page ends the walk.
        for (var step = 0; step < (links.Length * 2) + 100 && reached.Count < links.Length; step++)
        {
            await session.Page.Keyboard.PressAsync("Tab");
            var focus = await Keyboard.FocusedAsync(session.Page);
            if (focus.Tag == "body")
            {
                break;
            }

            if (focus.Index >= 0)
            {
                reached.Add(focus.Index);
            }

            if (!focus.Indicator)
            {
                withoutIndicator.Add($"{focus.Description} ({focus.Style})");
            }
        }

        var unreached = Enumerable.Range(0, links.Length).Where(i => !reached.Contains(i)).Select(i => links[i]).ToList();
        Assert.Contains(languageSwitch, reached);
        Assert.True(unreached.Count == 0, $"links Tab never reached on {session.Page.Url}:\n" + string.Join("\n", unreached));
        Assert.True(withoutIndicator.Count == 0, $"focused elements without a visible focus indicator on {session.Page.Url}:\n" + string.Join("\n", withoutIndicator.Distinct()));
    }
}
