using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PerformancePlan.Core;
using PerformancePlan.Portal.Publishing;
using PerformancePlan.Portal.Tests.Support;

namespace PerformancePlan.Portal.Tests;

/// <summary>Pruning, sweeping and restoring: housekeeping never fails a publish, and only a whole release is served.</summary>
public sealed class ReleaseHousekeepingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private ReleaseStore Store => factory.Services.GetRequiredService<ReleaseStore>();

    private string Root => Path.Combine(factory.DataDirectory, "releases");

    [Fact]
    public async Task A_prune_that_cannot_delete_a_folder_neither_fails_the_publish_nor_leaves_the_half_deleted_release_restorable()
    {
        _ = factory.Anonymous();
        var halfDeleted = new List<string>();
        var publisher = Publisher(folder =>
        {
            // Like a file made undeletable: the first files go, then deletion stops.
            File.Delete(Path.Combine(folder, "index.html"));
            halfDeleted.Add(Path.GetFileName(folder));
            throw new UnauthorizedAccessException("Operation not permitted");
        });

        for (var i = 0; i < 6; i++)
        {
            var release = await publisher.PublishAsync("pruner", CancellationToken.None);
            Assert.Equal(release.Name, Store.Current()!.Name);
        }

        Assert.NotEmpty(halfDeleted);
        Assert.All(halfDeleted, name => Assert.DoesNotContain(name, Store.List().Select(r => r.Name)));
        var ex = Assert.Throws<ValidationException>(() => publisher.Restore(halfDeleted[0], "pruner"));
        Assert.Equal("release", Assert.Single(ex.Errors).Field);
        Assert.Equal(HttpStatusCode.OK, (await factory.Anonymous().GetAsync("/")).StatusCode);

        // The next sweep (start-up or publish) removes what the prune left.
        Publisher(folder => Directory.Delete(folder, recursive: true)).LoadCurrent();
        Assert.All(halfDeleted, name => Assert.False(Directory.Exists(Path.Combine(Root, name))));
    }

    [Fact]
    public async Task A_listed_release_with_a_file_missing_is_not_restored()
    {
        _ = factory.Anonymous();
        var publisher = factory.Services.GetRequiredService<Publisher>();
        await publisher.PublishAsync("restorer", CancellationToken.None);
        var current = Store.Current()!;
        var earlier = Store.List().First(r => !r.IsCurrent);
        File.Delete(Path.Combine(Root, earlier.Name, "404.html"));

        var ex = Assert.Throws<ValidationException>(() => publisher.Restore(earlier.Name, "restorer"));

        Assert.Contains("incomplete", ex.Errors[0].Message.En, StringComparison.Ordinal);
        Assert.Equal(current.Name, Store.Current()!.Name);
    }

    [Fact]
    public async Task A_whole_earlier_release_is_restored()
    {
        _ = factory.Anonymous();
        var publisher = factory.Services.GetRequiredService<Publisher>();
        await publisher.PublishAsync("restorer", CancellationToken.None);
        var earlier = Store.List().First(r => !r.IsCurrent && File.Exists(Path.Combine(Root, r.Name, "404.html")) && File.Exists(Path.Combine(Root, r.Name, "index.html")));

        publisher.Restore(earlier.Name, "restorer");

        Assert.Equal(earlier.Name, Store.Current()!.Name);
        await publisher.PublishAsync("restorer", CancellationToken.None);
    }

    [Fact]
    public async Task Abandoned_staging_folders_and_unlisted_release_folders_are_swept_at_start_up_and_before_a_publish()
    {
        _ = factory.Anonymous();
        var publisher = factory.Services.GetRequiredService<Publisher>();
        string[] Plant()
        {
            var staging = Path.Combine(Root, "20180101T000000000Z.staging", "build-0123456789ab");
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, "index.html"), "half a build");
            var unlisted = Path.Combine(Root, "20180102T000000000Z");
            Directory.CreateDirectory(unlisted);
            File.WriteAllText(Path.Combine(unlisted, "index.html"), "a release the database does not know");
            File.WriteAllText(unlisted + ".manifest", "1\tindex.html\n");
            return [Path.GetDirectoryName(staging)!, unlisted, unlisted + ".manifest"];
        }

        var planted = Plant();
        publisher.LoadCurrent();
        Assert.All(planted, p => Assert.False(Path.Exists(p), p));

        planted = Plant();
        await publisher.PublishAsync("sweeper", CancellationToken.None);
        Assert.All(planted, p => Assert.False(Path.Exists(p), p));
        Assert.All(Store.List(), r => Assert.True(Directory.Exists(Path.Combine(Root, r.Name)), r.Name));
    }

    private Publisher Publisher(Action<string> deleteFolder) =>
        new(
            factory.Services.GetRequiredService<ISitePublisher>(),
            Store,
            factory.Services.GetRequiredService<CurrentRelease>(),
            new PublishProgress(),
            factory.Services.GetRequiredService<IOptions<PortalOptions>>(),
            TimeProvider.System,
            NullLogger<Publisher>.Instance)
        {
            DeleteFolder = deleteFolder,
        };
}
