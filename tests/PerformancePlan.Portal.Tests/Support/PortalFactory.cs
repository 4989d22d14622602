using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PerformancePlan.Core;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Portal.Auth;
using PerformancePlan.Portal.Publishing;

namespace PerformancePlan.Portal.Tests.Support;

/// <summary>
/// The portal on a test server with its own temporary data directory, seeded from the repository's
/// content/ on start. Publishing uses a small stand-in builder unless <see cref="RealGenerator"/>.
/// </summary>
public class PortalFactory : WebApplicationFactory<PortalOptions>
{
    public const string Password = "correct horse battery";

    public PortalFactory()
    {
        DataDirectory = Directory.CreateTempSubdirectory("pp-portal-test-").FullName;
    }

    public string DataDirectory { get; }

    public MutableClock Clock { get; } = new();

    protected virtual bool RealGenerator => false;

    protected virtual int SignInPermitLimit => 10_000;

    public PlanDatabase Database => Services.GetRequiredService<PlanDatabase>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Portal:DataDirectory", DataDirectory);
        builder.UseSetting("Portal:ContentDirectory", RepositoryPaths.Content);
        builder.UseSetting("Portal:WebRoot", RepositoryPaths.WebRoot);
        builder.UseSetting("Portal:SignInPermitLimit", SignInPermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            if (!RealGenerator)
            {
                services.RemoveAll<ISitePublisher>();
                services.AddSingleton<ISitePublisher, StandInSitePublisher>();
            }
        });
    }

    /// <summary>Creates a user straight in the store (as the add-user command does).</summary>
    public void AddUser(string name, UserRole role, string password = Password)
    {
        _ = Server;
        var users = Services.GetRequiredService<UserStore>();
        if (users.FindByName(name) is null)
        {
            users.Create(name, role, Services.GetRequiredService<PasswordHashing>().Hash(password), new ChangeContext("test", DateTimeOffset.UtcNow));
        }
    }

    public HttpClient Anonymous(string baseAddress = "http://localhost") =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });

    /// <summary>A client signed in as a new user with the role (the user name defaults to the role's code).</summary>
    public async Task<HttpClient> SignedIn(UserRole role, string? name = null, string baseAddress = "http://localhost")
    {
        name ??= role.Code();
        AddUser(name, role);
        var client = Anonymous(baseAddress);
        var response = await client.SubmitForm("/admin/account/signin", new() { ["Input.Name"] = name, ["Input.Password"] = Password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {name} failed: {response.StatusCode}");
        }

        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        PlanDatabase.ReleaseFiles();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Signs in on a limit of three attempts per client, for the rate-limit test.</summary>
public sealed class RateLimitedPortalFactory : PortalFactory
{
    protected override int SignInPermitLimit => 3;
}

/// <summary>Publishes with the real generator.</summary>
public sealed class GeneratorPortalFactory : PortalFactory
{
    public const string PublicBaseUrl = "https://plan.example.gov.tw/";

    protected override bool RealGenerator => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:PublicBaseUrl", PublicBaseUrl);
    }
}

/// <summary>
/// Publishes with the real generator and deploys every release to the <c>$web</c> container of an
/// Azurite started for the factory (<c>Portal:Deploy:ConnectionString</c>). The plan is seeded from
/// the content as on a first start, but not published: the first publish is the admin's.
/// </summary>
public sealed class AzuritePortalFactory : PortalFactory
{
    public PerformancePlan.Generator.Tests.Deploy.Azurite Azurite { get; } = new();

    protected override bool RealGenerator => true;

    /// <summary>The container the public site is deployed to.</summary>
    public Azure.Storage.Blobs.BlobContainerClient Container =>
        new(Azurite.ConnectionString, PerformancePlan.Generator.Deploy.AzureBlobTarget.DefaultContainer);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:Deploy:ConnectionString", Azurite.ConnectionString);
        builder.UseSetting("Portal:SeedOnFirstStart", "false");
    }

    protected override Microsoft.Extensions.Hosting.IHost CreateHost(Microsoft.Extensions.Hosting.IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        var database = host.Services.GetRequiredService<PlanDatabase>();
        foreach (var seeder in host.Services.GetServices<IContentSeeder>())
        {
            seeder.SeedIfEmpty(database, RepositoryPaths.Content, ChangeContext.System(reason: "test seed"));
        }

        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Azurite.Dispose();
    }
}

/// <summary>Writes a tiny site that names the number of exchanges, so releases can be told apart.</summary>
public sealed class StandInSitePublisher(PlanDatabase database) : ISitePublisher
{
    public Task<SiteBuildSummary> BuildAsync(string outputDirectory, IProgress<PublishStep>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new BuildStep(new Generator.Pipeline.BuildProgress("stand-in build", 1, 1, TimeSpan.Zero)));
        var plans = new PlanReader(database).LoadAll();
        Directory.CreateDirectory(outputDirectory);
        File.WriteAllText(Path.Combine(outputDirectory, "index.html"), $"<!DOCTYPE html><title>site</title><p>exchanges={plans.Sum(p => p.Exchanges.Count)}</p>");
        File.WriteAllText(Path.Combine(outputDirectory, "404.html"), "<!DOCTYPE html><title>not found</title><p>stand-in 404</p>");
        return Task.FromResult(new SiteBuildSummary(2, 2, 100, TimeSpan.FromMilliseconds(1)));
    }
}

public sealed class MutableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + Offset;
}

/// <summary>The portal with an object store configured: an in-memory stand-in that can be made to fail.</summary>
public sealed class DeployPortalFactory : PortalFactory
{
    public MemoryStore Store { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IDeployTargetSource>();
            services.AddSingleton<IDeployTargetSource>(Store);
        });
    }

    public sealed class MemoryStore : IDeployTargetSource, PerformancePlan.Generator.Deploy.IDeployTarget
    {
        public System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

        public bool FailUploads { get; set; }

        public string Name => "memory";

        public PerformancePlan.Generator.Deploy.IDeployTarget Create() => this;

        public Task<IReadOnlyList<PerformancePlan.Generator.Deploy.RemoteFile>> ListAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<PerformancePlan.Generator.Deploy.RemoteFile>>(Files.Select(f => new PerformancePlan.Generator.Deploy.RemoteFile(f.Key, f.Value)).ToList());

        public Task UploadAsync(PerformancePlan.Generator.Deploy.UploadFile file, CancellationToken cancellationToken)
        {
            if (FailUploads)
            {
                throw new IOException("store unavailable");
            }

            Files[file.Path] = file.ContentMd5;
            return Task.CompletedTask;
        }

        public Task DeleteAsync(string path, CancellationToken cancellationToken)
        {
            Files.TryRemove(path, out _);
            return Task.CompletedTask;
        }
    }
}
