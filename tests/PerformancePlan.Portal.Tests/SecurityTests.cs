using System.Net;
using PerformancePlan.Core;
using PerformancePlan.Core.Users;
using PerformancePlan.Portal.Auth;
using PerformancePlan.Portal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace PerformancePlan.Portal.Tests;

public sealed class SecurityTests(PortalFactory factory) : IClassFixture<PortalFactory>
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

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_no_session()
    {
        factory.AddUser("wrongpw", UserRole.Editor);
        var client = factory.Anonymous();
        var response = await client.SubmitForm("/admin/account/signin", new() { ["name"] = "wrongpw", ["password"] = "not the password at all" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("帳號或密碼不正確", await response.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Five_failures_from_one_address_refuse_it_even_the_right_password_for_fifteen_minutes()
    {
        factory.AddUser("locked", UserRole.Editor);
        var client = factory.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitForm("/admin/account/signin", new() { ["name"] = "locked", ["password"] = $"wrong password {i}" });
        }

        var response = await client.SubmitForm("/admin/account/signin", new() { ["name"] = "locked", ["password"] = PortalFactory.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("登入失敗次數過多", await response.Text(), StringComparison.Ordinal);

        factory.Clock.Offset = TimeSpan.FromMinutes(16);
        try
        {
            var later = await client.SubmitForm("/admin/account/signin", new() { ["name"] = "locked", ["password"] = PortalFactory.Password });
            Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        }
        finally
        {
            factory.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400()
    {
        var client = await factory.SignedIn(UserRole.Admin);
        var response = await client.PostAsync("/admin/exchanges/edit", new FormUrlEncodedContent(new Dictionary<string, string> { ["date"] = "2018-05-01" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var signIn = await factory.Anonymous().PostAsync("/admin/account/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "admin", ["password"] = PortalFactory.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
    }

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

    [Fact]
    public async Task A_session_idle_past_the_timeout_ends()
    {
        var client = await factory.SignedIn(UserRole.Editor, "idler");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        factory.Clock.Offset = TimeSpan.FromMinutes(31);
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
        }
        finally
        {
            factory.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_session()
    {
        var victim = await factory.SignedIn(UserRole.Editor, "tobedisabled");
        var admin = await factory.SignedIn(UserRole.Admin);
        var id = factory.Services.GetRequiredService<UserStore>().FindByName("tobedisabled")!.Id;
        var response = await admin.SubmitForm($"/admin/users/edit?id={id}", new(), "handler=disable");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {await response.Text()}");
        Assert.True(factory.Services.GetRequiredService<UserStore>().Find(id)!.IsDisabled);
        Assert.Equal(HttpStatusCode.Redirect, (await victim.GetAsync("/admin")).StatusCode);
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

    [Theory]
    [InlineData("/")]
    [InlineData("/admin/account/signin")]
    [InlineData("/does-not-exist")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await factory.Anonymous().GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        if (path.StartsWith("/admin", StringComparison.Ordinal))
        {
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Over_https_the_session_cookie_is_host_prefixed_secure_httponly_samesite_and_hsts_is_sent()
    {
        factory.AddUser("secure", UserRole.Editor);
        var client = factory.Anonymous("https://localhost");
        var response = await client.SubmitForm("/admin/account/signin", new() { ["name"] = "secure", ["password"] = PortalFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.Contains("pp-session", StringComparison.Ordinal));
        Assert.StartsWith("__Host-pp-session=", session, StringComparison.Ordinal);
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", session, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public void Passwords_are_hashed_with_pbkdf2_hmac_sha512_at_210000_iterations_or_more()
    {
        var hash = Convert.FromBase64String(new PasswordHashing().Hash("some long password"));
        Assert.Equal(0x01, hash[0]);
        var prf = (hash[1] << 24) | (hash[2] << 16) | (hash[3] << 8) | hash[4];
        var iterations = (hash[5] << 24) | (hash[6] << 16) | (hash[7] << 8) | hash[8];
        Assert.Equal(2, prf);
        Assert.True(iterations >= 210_000, $"{iterations} iterations");
    }

    [Fact]
    public async Task With_no_user_yet_the_sign_in_page_says_how_to_create_one()
    {
        using var empty = new PortalFactory();
        var html = await (await empty.Anonymous().GetAsync("/admin/account/signin")).Text();
        Assert.Contains("add-user", html, StringComparison.Ordinal);
        empty.AddUser("someone", UserRole.Editor);
        html = await (await empty.Anonymous().GetAsync("/admin/account/signin")).Text();
        Assert.DoesNotContain("add-user", html, StringComparison.Ordinal);
    }

    private static string CookieHeader(HttpClient client)
    {
        // The test client keeps its cookies in its handler; read them back through a request.
        var handler = typeof(HttpMessageInvoker).GetField("_handler", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(client);
        var container = (System.Net.CookieContainer)handler!.GetType().GetProperty("Container")!.GetValue(handler)!;
        return container.GetCookieHeader(new Uri("http://localhost/admin"));
    }
}

public sealed class RateLimitTests(RateLimitedPortalFactory factory) : IClassFixture<RateLimitedPortalFactory>
{
    [Fact]
    public async Task Sign_in_attempts_past_the_limit_per_client_get_429()
    {
        var client = factory.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.SubmitForm("/admin/account/signin", new() { ["name"] = "nobody", ["password"] = "wrong password here" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/account/signin")).StatusCode);
    }
}
