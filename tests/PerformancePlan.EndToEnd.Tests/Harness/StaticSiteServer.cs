using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PerformancePlan.Generator.Cli;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>The generator's static host (<see cref="StaticSite"/>) on a free loopback port.</summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticSiteServer(WebApplication app, string baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The server's root, without a trailing slash: <c>http://127.0.0.1:43123</c>.</summary>
    public string BaseUrl { get; }

    public static async Task<StaticSiteServer> StartAsync(string siteDirectory)
    {
        var app = StaticSite.Create(siteDirectory, port: 0);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
