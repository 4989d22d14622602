namespace PerformancePlan.Portal.Tests.Security;

public sealed class AntiforgeryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400()
    {
        var client = await factory.SignedIn(UserRole.Admin);
        var response = await client.PostAsync("/admin/exchanges/edit", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Date"] = "2018-05-01" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var signIn = await factory.Anonymous().PostAsync("/admin/account/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Name"] = "admin", ["Input.Password"] = PortalFactory.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
    }
}
