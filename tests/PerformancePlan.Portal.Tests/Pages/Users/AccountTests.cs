namespace PerformancePlan.Portal.Tests.Pages.Users;

/// <summary>An admin creates, changes and disables user accounts.</summary>
public sealed class AccountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_admin_creates_a_user_changes_the_role_resets_the_password_and_disables_the_account()
    {
        var admin = await factory.SignedIn(UserRole.Admin, "user-admin");
        var shortPassword = await admin.SubmitForm("/admin/users/create", new() { ["Input.Name"] = "newbie", ["Input.Role"] = "editor", ["Input.Password"] = "short" });
        Assert.NotNull((await Forms.Parse(shortPassword)).QuerySelector(".error-summary a[href='#Input_Password']"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitForm("/admin/users/create", new() { ["Input.Name"] = "newbie", ["Input.Role"] = "editor", ["Input.Password"] = "a long enough password" })).StatusCode);
        var id = factory.Database.Count("SELECT id FROM users WHERE name = 'newbie'");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitForm($"/admin/users/edit?id={id}", new() { ["Input.Role"] = "publisher" }, "handler=role")).StatusCode);
        Assert.Equal("publisher", factory.Database.Scalar("SELECT role FROM users WHERE id = $id", new { id }));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitForm($"/admin/users/edit?id={id}", new() { ["Input.Password"] = "another long password" }, "handler=password")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.Anonymous().SubmitForm("/admin/account/signin", new() { ["Input.Name"] = "newbie", ["Input.Password"] = "another long password" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitForm($"/admin/users/edit?id={id}", new(), "handler=disable")).StatusCode);
        Assert.Equal(1L, factory.Database.Scalar("SELECT is_disabled FROM users WHERE id = $id", new { id }));
        var fields = factory.Database.Audit("user", "user-admin").Select(a => a.Field).ToList();
        Assert.Equal(["role", "role", "password", "is_disabled"], fields);
        Assert.DoesNotContain(factory.Database.Audit("user", "user-admin"), a => (a.NewValue ?? "").Contains("another", StringComparison.Ordinal));
    }
}
