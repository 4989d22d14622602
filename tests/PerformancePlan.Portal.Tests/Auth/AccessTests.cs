namespace PerformancePlan.Portal.Tests.Auth;

/// <summary>Who reaches which admin page: the anonymous sign in first, each role reaches its own pages.</summary>
public sealed class AccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/actuals")]
    [InlineData("/admin/users")]
    [InlineData("/admin/publish")]
    public async Task Anonymous_requests_to_the_admin_are_sent_to_sign_in(string path)
    {
        var response = await factory.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UserRole.Editor, "/admin/actuals", HttpStatusCode.OK)]
    [InlineData(UserRole.Editor, "/admin/exchanges", HttpStatusCode.OK)]
    [InlineData(UserRole.Editor, "/admin/audit", HttpStatusCode.OK)]
    [InlineData(UserRole.Editor, "/admin/publish", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Editor, "/admin/users", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Publisher, "/admin/publish", HttpStatusCode.OK)]
    [InlineData(UserRole.Publisher, "/admin/users", HttpStatusCode.Forbidden)]
    [InlineData(UserRole.Publisher, "/admin/budget", HttpStatusCode.OK)]
    [InlineData(UserRole.Admin, "/admin/users", HttpStatusCode.OK)]
    [InlineData(UserRole.Admin, "/admin/users/create", HttpStatusCode.OK)]
    [InlineData(UserRole.Admin, "/admin/publish", HttpStatusCode.OK)]
    public async Task Each_role_reaches_its_pages_and_no_others(UserRole role, string path, HttpStatusCode expected)
    {
        var client = await factory.SignedIn(role);
        Assert.Equal(expected, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task An_editor_cannot_publish_by_posting_directly()
    {
        var publisher = await factory.SignedIn(UserRole.Publisher);
        var document = await publisher.GetDocument("/admin/publish");
        var editor = await factory.SignedIn(UserRole.Editor);
        var token = (await editor.GetDocument("/admin/actuals")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await editor.PostAsync("/admin/publish", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotNull(document.QuerySelector("form[data-publish-progress]"));
    }
}
