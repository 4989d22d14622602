using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using PerformancePlan.Generator.Hosting;

namespace PerformancePlan.Generator.Cli;

/// <summary>
/// A Kestrel app on 127.0.0.1 that serves a built site through <see cref="StaticSiteHost"/>, as the
/// portal serves its releases. Port 0 lets the system choose a free port (read it from the server's
/// addresses after starting).
/// </summary>
public static class StaticSite
{
    public static WebApplication Create(string root, int port)
    {
        root = Path.GetFullPath(root);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root, WebRootPath = root });
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseStaticSite(new PhysicalFileProvider(root));
        return app;
    }
}
