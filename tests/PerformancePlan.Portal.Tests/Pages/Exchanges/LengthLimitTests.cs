using PerformancePlan.Core.Exchanges;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Portal.Tests.Pages.Exchanges;

/// <summary>The text limits the store enforces are the ones the forms show, and a text over its limit is refused by name.</summary>
public sealed class LengthLimitTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_exchange_form_shows_each_texts_limit_as_maxlength_and_a_hint()
    {
        var client = await factory.SignedIn(UserRole.Editor, "limit-reader");
        var document = await Forms.Parse(await client.GetAsync("/admin/exchanges/edit"));
        Assert.Equal($"{ExchangeRules.MaxSummaryLength}", document.QuerySelector("#Input_SummaryEn")!.GetAttribute("maxlength"));
        Assert.Equal($"{ExchangeRules.MaxPlaceLength}", document.QuerySelector("#Input_PartnerCityZh")!.GetAttribute("maxlength"));
        Assert.Equal($"{ExchangeRules.MaxSourceUrlLength}", document.QuerySelector("#Input_SourceUrl")!.GetAttribute("maxlength"));
        Assert.Contains($"最多 {ExchangeRules.MaxSummaryLength} 字", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_actual_form_shows_the_note_and_source_limits()
    {
        var client = await factory.SignedIn(UserRole.Editor, "limit-reader-2");
        var id = factory.Database.IndicatorId("4.1");
        var document = await Forms.Parse(await client.GetAsync($"/admin/actuals/edit?indicator={id}&period=2018-Q2"));
        Assert.Equal($"{ActualRules.MaxNoteLength}", document.QuerySelector("#Input_NoteZh")!.GetAttribute("maxlength"));
        Assert.Equal($"{ActualRules.MaxSourceLength}", document.QuerySelector("#Input_Source")!.GetAttribute("maxlength"));
    }

    [Fact]
    public async Task A_summary_over_its_limit_posted_past_the_form_is_refused_by_name_and_writes_nothing()
    {
        var client = await factory.SignedIn(UserRole.Editor, "limit-breaker");
        var before = factory.Database.Count("SELECT count(*) FROM exchanges");
        var response = await client.SubmitForm("/admin/exchanges/edit", new()
        {
            ["Input.Date"] = "2018-11-20", ["Input.Kind"] = "delegation_received", ["Input.PartnerCityZh"] = "長文市",
            ["Input.CountryZh"] = "測試國", ["Input.SummaryZh"] = new string('長', ExchangeRules.MaxSummaryLength + 1),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Forms.Parse(response);
        Assert.NotNull(document.QuerySelector(".error-summary a[href='#Input_SummaryZh']"));
        Assert.Equal(before, factory.Database.Count("SELECT count(*) FROM exchanges"));
        Assert.Empty(factory.Database.Audit("exchange", "limit-breaker"));
    }
}
