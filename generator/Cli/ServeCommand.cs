using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using PerformancePlan.Core;

namespace PerformancePlan.Generator.Cli;

/// <summary><c>serve [--out DIR] [--port N]</c>: serves a built site on 127.0.0.1 for a look, with 404.html for unknown addresses.</summary>
public sealed class ServeCommand : ICommand
{
    public string Name => "serve";

    public string Usage => "serve [--out DIR] [--port N]                      serve a built site on 127.0.0.1 (default port 5090)";

    public async Task<int> RunAsync(CommandArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(args.Option("out") ?? RepositoryPaths.DefaultSite);
        var port = args.IntOption("port", 1, 65535) ?? 5090;
        args.RejectUnknown();
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            error.WriteLine($"error: {root} holds no built site; run 'build' first");
            return ExitCodes.BadInput;
        }

        var app = StaticSite.Create(root, port);
        await app.StartAsync(cancellationToken);
        output.WriteLine($"serving {root} at http://127.0.0.1:{port}/ (Ctrl+C to stop)");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        return ExitCodes.Ok;
    }
}

/// <summary>A Kestrel app that serves a built site's files as they are, and 404.html with status 404 for anything else.</summary>
public static class StaticSite
{
    public static WebApplication Create(string root, int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root, WebRootPath = root });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".csv"] = "text/csv; charset=utf-8";
        types.Mappings[".xml"] = "application/xml; charset=utf-8";
        types.Mappings[".json"] = "application/json; charset=utf-8";
        types.Mappings[".txt"] = "text/plain; charset=utf-8";
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(Path.Combine(root, "404.html"));
        });
        return app;
    }
}
