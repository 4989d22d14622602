using System.Globalization;
using PerformancePlan.Core;
using PerformancePlan.Generator.Deploy;

namespace PerformancePlan.Generator.Cli;

/// <summary>
/// <c>deploy --to CONNECTION [--container NAME] [--site DIR]</c>: uploads a built site to Azure Blob
/// Storage's static website, only the files that changed, in an order that keeps every page
/// resolving. The connection string may also come from the environment (PORTAL_DEPLOY_CONNECTION).
/// </summary>
public sealed class DeployCommand : ICommand
{
    public const string ConnectionVariable = "PORTAL_DEPLOY_CONNECTION";

    public string Name => "deploy";

    public string Usage => "deploy --to CONNECTION [--container NAME] [--site DIR]   upload the changed files of a built site to Azure Blob Storage (default container $web, site site/)";

    public async Task<int> RunAsync(CommandArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var connection = args.Option("to") ?? Environment.GetEnvironmentVariable(ConnectionVariable);
        var container = args.Option("container") ?? AzureBlobTarget.DefaultContainer;
        var site = args.Option("site") ?? RepositoryPaths.DefaultSite;
        args.RejectUnknown();
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new UsageException($"--to needs the storage connection string (or set {ConnectionVariable})");
        }

        if (!File.Exists(Path.Combine(site, "index.html")))
        {
            error.WriteLine($"error: {Path.GetFullPath(site)} holds no built site (no index.html); run build first");
            return ExitCodes.BadInput;
        }

        AzureBlobTarget target;
        try
        {
            target = new AzureBlobTarget(connection, container);
        }
        catch (FormatException)
        {
            throw new UsageException("--to is not a storage connection string");
        }

        output.WriteLine($"deploying {Path.GetFullPath(site)} to {target.Name}");
        var result = await Deployer.DeployAsync(site, target, new Printer(output), cancellationToken);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"deployed: {result.Uploaded} uploaded ({result.BytesUploaded:N0} bytes), {result.Unchanged} unchanged, {result.Deleted} deleted in {result.Elapsed.TotalSeconds:0.00} s"));
        return ExitCodes.Ok;
    }

    private sealed class Printer(TextWriter output) : IProgress<DeployProgress>
    {
        public void Report(DeployProgress value)
        {
            if (value.Done == value.Total || value.Done % 500 == 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value.Stage,-8} {value.Done,6}/{value.Total}"));
            }
        }
    }
}
