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
