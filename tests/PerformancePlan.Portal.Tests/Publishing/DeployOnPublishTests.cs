using PerformancePlan.Portal.Publishing;

namespace PerformancePlan.Portal.Tests.Publishing;

/// <summary>Publishing to an object store after the local release, with a stand-in store.</summary>
public sealed class DeployOnPublishTests(DeployPortalFactory factory) : IClassFixture<DeployPortalFactory>
{
    [Fact]
    public async Task A_publish_deploys_the_new_release_shows_it_on_the_publish_page_and_records_it_in_the_audit_trail()
    {
        var publisher = await factory.SignedIn(UserRole.Publisher, "deployer");
        factory.Store.FailUploads = false;

        Assert.Equal(HttpStatusCode.Redirect, (await publisher.SubmitForm("/admin/publish", new())).StatusCode);

        Assert.Contains("index.html", factory.Store.Files.Keys);
        var entry = factory.Database.Audit("release", "deployer").Single(a => a.Field == "deploy");
        Assert.Equal(factory.Services.GetRequiredService<ReleaseStore>().Current()!.Name, entry.EntityId);
        Assert.Contains("uploaded", entry.NewValue, StringComparison.Ordinal);
        // The page's script polls this while the publish runs; the steps come in the admin's language (Chinese by default).
        using var progress = System.Text.Json.JsonDocument.Parse(await (await publisher.GetAsync("/admin/publish?handler=progress")).Text());
        var steps = progress.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.StartsWith("已部署至 memory：上傳 ", steps[^1], StringComparison.Ordinal);
        Assert.Contains(steps, s => s.StartsWith("部署至 memory", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_deploy_keeps_the_release_published_here_and_is_recorded_as_failed()
    {
        var publisher = await factory.SignedIn(UserRole.Publisher, "deployer-2");
        factory.Store.Files.Clear();
        factory.Store.FailUploads = true;

        Assert.Equal(HttpStatusCode.Redirect, (await publisher.SubmitForm("/admin/publish", new())).StatusCode);

        var audit = factory.Database.Audit("release", "deployer-2");
        Assert.Equal(["", "deploy"], audit.Select(a => a.Field));
        Assert.Equal(audit[0].EntityId, factory.Services.GetRequiredService<ReleaseStore>().Current()!.Name);
        Assert.Equal(audit[0].EntityId, audit[1].EntityId);
        Assert.StartsWith("failed: memory: store unavailable", audit[1].NewValue, StringComparison.Ordinal);
        factory.Store.FailUploads = false;
    }
}
