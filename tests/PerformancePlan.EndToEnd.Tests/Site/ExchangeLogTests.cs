using PerformancePlan.Core.Exchanges;
using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Site;

[Collection(Collections.SiteData)]
public sealed class ExchangeLogTests(PublishedSiteFixture site)
{
    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task The_log_lists_every_entry_newest_first_and_counts_each_kind_as_in_the_database(string segment)
    {
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(PublicPages.Exchanges(PublicPages.Parse(segment)));
        await AssertFullLogAsync(session.Page, site.Plan.Exchanges);
        session.AssertNoPageErrors();
    }

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task Without_javascript_the_whole_log_and_its_counts_can_be_read(string segment)
    {
        await using var session = await site.OpenSessionAsync(o => o.JavaScriptEnabled = false);
        await session.GotoAsync(PublicPages.Exchanges(PublicPages.Parse(segment)));
        await AssertFullLogAsync(session.Page, site.Plan.Exchanges);
        var hidden = await session.Page.Locator("main li.exchange").EvaluateAllAsync<int>("items => items.filter(i => i.getClientRects().length === 0).length");
        Assert.Equal(0, hidden);
    }

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task Filtering_by_kind_shows_exactly_the_entries_of_that_kind(string segment)
    {
        var language = PublicPages.Parse(segment);
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(PublicPages.Exchanges(language));
        var kindSelect = session.Page.Locator("main .exchange-filter select").First;
        await kindSelect.WaitForAsync();

        foreach (var kind in ExchangeKinds.All.Where(k => site.Plan.Exchanges.Any(e => e.Kind == k)))
        {
            await kindSelect.SelectOptionAsync(new SelectOptionValue { Label = kind.Name().OrFallback(language) });
            var expected = site.Plan.Exchanges.Where(e => e.Kind == kind).Select(e => e.Anchor).ToList();
            await Assertions.Expect(session.Page.Locator("main li.exchange:visible")).ToHaveCountAsync(expected.Count);
            var shown = await session.Page.Locator("main li.exchange:visible").EvaluateAllAsync<string[]>("items => items.map(i => i.id)");
            Assert.Equal(expected, shown);
        }

        await kindSelect.SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await Assertions.Expect(session.Page.Locator("main li.exchange:visible")).ToHaveCountAsync(site.Plan.Exchanges.Count);
        session.AssertNoPageErrors();
    }

    private static async Task AssertFullLogAsync(IPage page, IReadOnlyList<Exchange> exchanges)
    {
        var anchors = await page.Locator("main li.exchange").EvaluateAllAsync<string[]>("items => items.map(i => i.id)");
        Assert.Equal(exchanges.Select(e => e.Anchor), anchors);

        foreach (var kind in ExchangeKinds.All)
        {
            var row = page.Locator($"main tr[data-kind='{kind.Code()}']");
            Assert.Equal(1, await row.CountAsync());
            var shown = Figures.Number(await row.Locator("td").First.InnerTextAsync());
            Assert.True(exchanges.Count(e => e.Kind == kind) == shown, $"{kind.Code()}: the page counts {shown}, the database holds {exchanges.Count(e => e.Kind == kind)}");
        }

        var total = Figures.Number(await page.Locator("main tfoot td").First.InnerTextAsync());
        Assert.Equal(exchanges.Count, total);
    }
}
