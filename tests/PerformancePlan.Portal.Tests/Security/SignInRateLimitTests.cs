namespace PerformancePlan.Portal.Tests.Security;

public sealed class SignInRateLimitTests(RateLimitedPortalFactory factory) : IClassFixture<RateLimitedPortalFactory>
{
    [Fact]
    public async Task Sign_in_attempts_past_the_limit_per_client_get_429()
    {
        var client = factory.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.SubmitForm("/admin/account/signin", new() { ["Input.Name"] = "nobody", ["Input.Password"] = "wrong password here" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/account/signin")).StatusCode);
    }
}
