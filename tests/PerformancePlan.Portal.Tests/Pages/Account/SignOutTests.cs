namespace PerformancePlan.Portal.Tests.Pages.Account;

/// <summary>Signing out ends the session on the server.</summary>
public sealed class SignOutTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copied_cookie_no_longer_works()
    {
        var client = await factory.SignedIn(UserRole.Editor, "copier");
        var page = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var cookie = factory.Server.BaseAddress is null ? null : string.Empty;
        var copied = CookieHeader(client);

        var signOut = await client.SubmitForm("/admin", new(), "/admin/account/signout");
        Assert.True(signOut.StatusCode == HttpStatusCode.Redirect, $"{signOut.StatusCode}: {await signOut.Text()}");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);

        var thief = factory.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", copied);
        var stolen = await thief.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, stolen.StatusCode);
        Assert.NotNull(cookie);
    }

    private static string CookieHeader(HttpClient client)
    {
        // The test client keeps its cookies in its handler; read them back through a request.
        var handler = typeof(HttpMessageInvoker).GetField("_handler", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(client);
        var container = (System.Net.CookieContainer)handler!.GetType().GetProperty("Container")!.GetValue(handler)!;
        return container.GetCookieHeader(new Uri("http://localhost/admin"));
    }
}
