using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Site;

[Collection(Collections.SiteCrawl)]
public sealed class AccessibilityTests(PublishedSiteFixture site)
{
    [Theory]
    [MemberData(nameof(PublicPages.EveryTypeInBothLanguages), MemberType = typeof(PublicPages))]
    public async Task Every_page_type_has_no_wcag_21_a_or_aa_violation(string segment, string type)
    {
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(PublicPages.PathOf(segment, type));
        await Accessibility.AssertNoViolationsAsync(session.Page);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/no-such-page/")]
    public async Task The_language_neutral_root_and_404_pages_have_no_wcag_21_a_or_aa_violation(string path)
    {
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(path, expectedStatus: path == "/" ? 200 : 404);
        await Accessibility.AssertNoViolationsAsync(session.Page);
    }

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task Every_goal_page_has_no_wcag_21_a_or_aa_violation(string segment)
    {
        var language = PublicPages.Parse(segment);
        await using var session = await site.OpenSessionAsync();
        var violations = new List<string>();
        foreach (var goal in site.Plan.Plan.Goals)
        {
            await session.GotoAsync(PublicPages.Goal(language, goal.Ordinal));
            violations.AddRange(await Accessibility.ViolationsAsync(session.Page));
        }

        Assert.True(violations.Count == 0, "WCAG 2.1 A/AA violations on goal pages:\n" + string.Join("\n", violations));
    }
}
