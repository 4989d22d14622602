using PerformancePlan.Portal.Publishing;

namespace PerformancePlan.Portal.Tests.Publishing;

/// <summary>Release keeping and failed builds, with a stand-in builder.</summary>
public sealed class ReleaseTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Only_the_newest_five_releases_are_kept()
    {
        var publisher = await factory.SignedIn(UserRole.Publisher);
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await publisher.SubmitForm("/admin/publish", new())).StatusCode);
        }

        var releases = factory.Services.GetRequiredService<ReleaseStore>().List();
        Assert.Equal(5, releases.Count);
        Assert.Single(releases, r => r.IsCurrent);
        var folders = Directory.GetDirectories(Path.Combine(factory.DataDirectory, "releases")).Select(d => Path.GetFileName(d)!).Order().ToList();
        Assert.Equal(releases.Select(r => r.Name).Order().ToList(), folders);
    }

    [Fact]
    public async Task A_failed_build_leaves_the_current_release_in_place()
    {
        var store = factory.Services.GetRequiredService<ReleaseStore>();
        var publisher = factory.Services.GetRequiredService<Publisher>();
        var before = store.Current()!;
        var failing = new Publisher(new FailingBuilder(), store, factory.Services.GetRequiredService<CurrentRelease>(),
            new PublishProgress(), factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Publisher>.Instance);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.PublishAsync("someone", CancellationToken.None));
        Assert.Equal(before.Name, store.Current()!.Name);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync("/")).StatusCode);
        Assert.All(Directory.GetDirectories(Path.Combine(factory.DataDirectory, "releases")), d => Assert.Contains(Path.GetFileName(d), store.List().Select(r => r.Name)));
        Assert.NotNull(publisher);
    }

    private sealed class FailingBuilder : ISitePublisher
    {
        public Task<SiteBuildSummary> BuildAsync(string outputDirectory, IProgress<PublishStep>? progress, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(outputDirectory);
            File.WriteAllText(Path.Combine(outputDirectory, "index.html"), "half a site");
            return Task.FromResult(new SiteBuildSummary(1, 1, 11, TimeSpan.Zero));
        }
    }
}
