using PerformancePlan.Core.Chains;
using PerformancePlan.Core;

namespace PerformancePlan.Portal.Tests.Pages.Links;

/// <summary>Confirming, changing and removing the links between a plan's indicators and last year's.</summary>
public sealed class IndexTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Links = "/admin/links?plan=108-secretariat";

    [Fact]
    public async Task An_editor_has_links_proposed_and_confirms_one_and_both_are_audited()
    {
        StartNextYear();
        var indicator = Id("108-secretariat", "1.1");
        factory.Services.GetRequiredService<IndicatorLinkStore>().Remove(indicator, new ChangeContext("test", DateTimeOffset.UtcNow));
        var client = await factory.SignedIn(UserRole.Editor, "link-confirmer");

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitForm(Links, new(), actionContains: "handler=propose")).StatusCode);
        Assert.Equal("proposed", State(indicator));
        var page = await client.GetDocument(Links);
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("1.1", StringComparison.Ordinal));
        Assert.Contains("1.1", row.QuerySelectorAll("td")[0].TextContent, StringComparison.Ordinal);

        var confirmed = await client.SubmitForm(Links, new(), actionContains: $"indicator={indicator}");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("confirmed", State(indicator));
        Assert.Equal(Id("107-secretariat", "1.1"), Continues(indicator));
        var states = factory.Database.Audit("indicator_link", "link-confirmer").Where(e => e.Field == "state").Select(e => e.NewValue).ToList();
        Assert.Equal(["proposed", "confirmed"], states);
    }

    [Fact]
    public async Task An_editor_changes_a_link_to_another_indicator_of_last_year_or_removes_it()
    {
        StartNextYear();
        var indicator = Id("108-secretariat", "2.2");
        var edit = $"/admin/links/edit?plan=108-secretariat&indicator={indicator}";
        var client = await factory.SignedIn(UserRole.Editor, "link-changer");
        var options = (await client.GetDocument(edit)).QuerySelectorAll("#Input_Continues option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(Id("107-secretariat", "2.3").ToString(System.Globalization.CultureInfo.InvariantCulture), options);
        Assert.Contains(string.Empty, options);

        // Last year's 2.3 is continued by this year's 2.3: taking it is refused, naming that link.
        var taken = await client.SubmitForm(edit, new() { ["Input.Continues"] = Id("107-secretariat", "2.3").ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var refusal = await Forms.Parse(taken);
        Assert.Contains("108-secretariat/2.3", refusal.QuerySelector(".error-summary a[href='#Input_Continues']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Id("107-secretariat", "2.2"), Continues(indicator));

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitForm(edit, new() { ["Input.Continues"] = string.Empty })).StatusCode);
        Assert.Null(Continues(indicator));
        Assert.Contains(factory.Database.Audit("indicator_link", "link-changer"), e => e.Action == "delete" && e.OldValue == "107-secretariat/2.2");

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitForm(edit, new() { ["Input.Continues"] = Id("107-secretariat", "2.2").ToString(System.Globalization.CultureInfo.InvariantCulture) })).StatusCode);
        Assert.Equal(Id("107-secretariat", "2.2"), Continues(indicator));
        Assert.Equal("confirmed", State(indicator));
    }

    [Theory]
    [InlineData("108-secretariat", "3.1", "同一機關前一年度")]
    [InlineData(null, "999999", "找不到要連結的指標")]
    [InlineData(null, "two", "延續的指標")]
    public async Task A_link_to_an_indicator_that_is_not_last_years_of_the_same_agency_is_refused_and_nothing_changes(string? plan, string code, string message)
    {
        StartNextYear();
        var indicator = Id("108-secretariat", "3.2");
        var before = Continues(indicator);
        var value = plan is null ? code : Id(plan, code).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var client = await factory.SignedIn(UserRole.Editor, "link-tamperer");
        var response = await client.SubmitForm($"/admin/links/edit?plan=108-secretariat&indicator={indicator}", new() { ["Input.Continues"] = value });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Forms.Parse(response);
        Assert.Contains(message, document.QuerySelector(".error-summary a[href='#Input_Continues']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", document.QuerySelector("#Input_Continues")!.GetAttribute("aria-invalid"));
        Assert.Equal(before, Continues(indicator));
        Assert.Empty(factory.Database.Audit("indicator_link", "link-tamperer"));
    }

    [Fact]
    public async Task Confirming_a_link_someone_removed_meanwhile_is_refused_with_an_error_that_leads_to_the_indicators_row()
    {
        StartNextYear();
        var indicator = Id("108-secretariat", "5.1");
        var store = factory.Services.GetRequiredService<IndicatorLinkStore>();
        var context = new ChangeContext("test", DateTimeOffset.UtcNow);
        store.Remove(indicator, context);
        store.Propose("108-secretariat", context);
        Assert.Equal("proposed", State(indicator));
        var client = await factory.SignedIn(UserRole.Editor, "link-late-confirmer");
        var page = await client.GetDocument(Links);
        var form = page.Forms.Cast<AngleSharp.Html.Dom.IHtmlFormElement>()
            .Single(f => (f.GetAttribute("action") ?? string.Empty).Contains($"indicator={indicator}", StringComparison.Ordinal));

        store.Remove(indicator, context);
        var response = await client.PostForm(form, Links, new());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var error = html.QuerySelector(".error-summary li a")!;
        Assert.Contains("沒有延續連結", error.TextContent, StringComparison.Ordinal);
        Assert.Empty(Forms.ErrorLinksToNowhere(html));
        Assert.Equal($"/admin/links/edit?plan=108-secretariat&indicator={indicator}", html.GetElementById(error.GetAttribute("href")![1..])!.GetAttribute("href"));
        Assert.Null(State(indicator));
        Assert.Empty(factory.Database.Audit("indicator_link", "link-late-confirmer"));
        store.Choose(indicator, Id("107-secretariat", "5.1"), context);
    }

    [Fact]
    public async Task A_plan_without_a_previous_year_says_there_is_nothing_to_continue()
    {
        var client = await factory.SignedIn(UserRole.Editor, "link-reader");
        var page = await client.GetDocument("/admin/links?plan=107-secretariat");
        Assert.Contains("沒有 106 年度的計畫", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("table"));
    }

    [Fact]
    public async Task A_confirmation_posted_without_the_antiforgery_token_changes_nothing()
    {
        StartNextYear();
        var indicator = Id("108-secretariat", "4.1");
        var client = await factory.SignedIn(UserRole.Editor, "link-forger");
        var response = await client.PostAsync($"/admin/links/edit?plan=108-secretariat&indicator={indicator}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Continues"] = string.Empty }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(Continues(indicator));
    }

    private void StartNextYear()
    {
        _ = factory.Server;
        if (factory.Database.Count("SELECT count(*) FROM plans WHERE slug = '108-secretariat'") == 0)
        {
            factory.Services.GetRequiredService<NextYearPlan>().Start("107-secretariat", 108, new ChangeContext("test", DateTimeOffset.UtcNow));
        }
    }

    private long Id(string plan, string code) => factory.Database.Count(
        "SELECT i.id FROM indicators i JOIN goals g ON g.id = i.goal_id JOIN plans p ON p.id = g.plan_id WHERE p.slug = $plan AND g.ordinal || '.' || i.ordinal = $code",
        new { plan, code });

    private string? State(long indicator) => factory.Database.Scalar("SELECT state FROM indicator_links WHERE indicator_id = $indicator", new { indicator }) as string;

    private long? Continues(long indicator) => factory.Database.Scalar("SELECT continues_id FROM indicator_links WHERE indicator_id = $indicator", new { indicator }) is long id ? id : null;
}
