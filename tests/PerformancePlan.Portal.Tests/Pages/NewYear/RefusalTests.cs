namespace PerformancePlan.Portal.Tests.Pages.NewYear;

/// <summary>What starting next year's plan refuses: each time naming the field, keeping the input, starting nothing.</summary>
public sealed class RefusalTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Source = "/admin/newyear?plan=107-secretariat";

    [Theory]
    [InlineData("110", "", "Input.Year", "108")]
    [InlineData("next", "", "Input.Year", "民國年度")]
    [InlineData("108", "Plan 108", "Input.Slug", "計畫代號")]
    [InlineData("108", "agencies", "Input.Slug", "網站自用的名稱")]
    [InlineData("108", "data", "Input.Slug", "網站自用的名稱")]
    public async Task A_wrong_year_or_slug_is_refused_naming_the_field_and_starts_nothing(string year, string slug, string field, string message)
    {
        var client = await factory.SignedIn(UserRole.Editor, "year-typo");
        var plans = factory.Database.Count("SELECT count(*) FROM plans");
        var response = await client.SubmitForm(Source, new() { ["Input.Year"] = year, ["Input.Slug"] = slug });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Forms.Parse(response);
        var id = field.Replace('.', '_');
        Assert.Contains(message, document.QuerySelector($".error-summary a[href='#{id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(year, document.QuerySelector("#Input_Year")!.GetAttribute("value"));
        Assert.Equal(plans, factory.Database.Count("SELECT count(*) FROM plans"));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_starts_nothing()
    {
        var client = await factory.SignedIn(UserRole.Editor, "year-forger");
        var plans = factory.Database.Count("SELECT count(*) FROM plans");
        var response = await client.PostAsync(Source, new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Year"] = "108" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(plans, factory.Database.Count("SELECT count(*) FROM plans"));
    }
}
