namespace PerformancePlan.Portal.Tests.Pages.Account;

/// <summary>Signing in: wrong passwords, lockout, and the first-user help.</summary>
public sealed class SignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_no_session()
    {
        factory.AddUser("wrongpw", UserRole.Editor);
        var client = factory.Anonymous();
        var response = await client.SubmitForm("/admin/account/signin", new() { ["Input.Name"] = "wrongpw", ["Input.Password"] = "not the password at all" });
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
            await client.SubmitForm("/admin/account/signin", new() { ["Input.Name"] = "locked", ["Input.Password"] = $"wrong password {i}" });
        }

        var response = await client.SubmitForm("/admin/account/signin", new() { ["Input.Name"] = "locked", ["Input.Password"] = PortalFactory.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("登入失敗次數過多", await response.Text(), StringComparison.Ordinal);

        factory.Clock.Offset = TimeSpan.FromMinutes(16);
        try
        {
            var later = await client.SubmitForm("/admin/account/signin", new() { ["Input.Name"] = "locked", ["Input.Password"] = PortalFactory.Password });
            Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        }
        finally
        {
            factory.Clock.Offset = TimeSpan.Zero;
        }
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
}
