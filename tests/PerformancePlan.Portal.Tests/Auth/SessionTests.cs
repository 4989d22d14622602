namespace PerformancePlan.Portal.Tests.Auth;

/// <summary>A session ends when it idles past the timeout or its user is disabled.</summary>
public sealed class SessionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
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
}
