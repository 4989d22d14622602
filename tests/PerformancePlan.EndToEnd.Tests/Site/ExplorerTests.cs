using PerformancePlan.Core.Figures;
using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Site;

/// <summary>The indicator explorer's script in a real browser: filters, free text in both languages, sorting and a shareable address.</summary>
[Collection(Collections.SiteData)]
public sealed class ExplorerTests(PublishedSiteFixture site)
{
    private const string Rows = "#explorer tbody tr";

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task The_script_lists_every_indicator_and_filters_by_status_and_by_text_in_either_language(string segment)
    {
        var language = PublicPages.Parse(segment);
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(PublicPages.Explorer(language));
        var page = session.Page;
        await Assertions.Expect(page.Locator("#explorer")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(Rows)).ToHaveCountAsync(site.Figures.Results.Count);

        var notAchieved = site.Figures.Results.Count(r => r.Status == IndicatorStatus.NotAchieved);
        Assert.True(notAchieved > 0, "the seed plan has indicators not achieved, so the filter is tested on a real subset");
        await page.Locator("#filter-status").SelectOptionAsync(IndicatorStatus.NotAchieved.Code());
        await Assertions.Expect(page.Locator(Rows)).ToHaveCountAsync(notAchieved);
        await Assertions.Expect(page.Locator("#explorer-status")).ToContainTextAsync(notAchieved.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("status=not_achieved", page.Url, StringComparison.Ordinal);

        await page.Locator("#filter-status").SelectOptionAsync(string.Empty);
        foreach (var text in new[] { "簽核", "signing" })
        {
            await page.Locator("#filter-text").FillAsync(text);
            await Assertions.Expect(page.Locator(Rows)).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator(Rows).First).ToContainTextAsync("7.1");
        }

        session.AssertNoPageErrors();
    }

    [Fact]
    public async Task Sorting_marks_its_column_and_a_shared_address_opens_the_same_view()
    {
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(PublicPages.Explorer(PerformancePlan.Core.Language.En) + "?q=signing");
        var page = session.Page;
        await Assertions.Expect(page.Locator(Rows)).ToHaveCountAsync(1);
        Assert.Equal("signing", await page.Locator("#filter-text").InputValueAsync());

        await page.Locator("#filter-text").FillAsync(string.Empty);
        var header = page.Locator("#explorer th[data-sort]").Last;
        await header.Locator("button").ClickAsync();
        var first = await header.GetAttributeAsync("aria-sort");
        Assert.True(first is "ascending" or "descending", $"aria-sort is \"{first}\"");
        await header.Locator("button").ClickAsync();
        Assert.NotEqual(first, await header.GetAttributeAsync("aria-sort"));
        Assert.Equal(1, await page.Locator("#explorer th[aria-sort]").CountAsync());
        Assert.Contains("sort=", page.Url, StringComparison.Ordinal);
        session.AssertNoPageErrors();
    }
}
