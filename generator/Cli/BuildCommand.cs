using PerformancePlan.Core;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Pipeline;

namespace PerformancePlan.Generator.Cli;

/// <summary>
/// <c>build [--db FILE] [--out DIR] [--base-url URL] [--as-of DATE] [--accept-warnings]</c>: checks and
/// renders every plan into the static site, judging statuses as of the date given (default today).
/// </summary>
public sealed class BuildCommand : ICommand, IHasFlags
{
    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "accept-warnings" };

    public string Name => "build";

    public string Usage => "build [--db FILE] [--out DIR] [--base-url URL] [--as-of YYYY-MM-DD] [--accept-warnings]   check and render the static site (default out: site/, as of today)";

    public async Task<int> RunAsync(CommandArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var db = args.Option("db");
        var outDir = args.Option("out") ?? RepositoryPaths.DefaultSite;
        var baseUrlText = args.Option("base-url");
        var asOfText = args.Option("as-of");
        var acceptWarnings = args.Flag("accept-warnings");
        args.RejectUnknown();
        if (args.Positional.Count > 0)
        {
            throw new UsageException($"unexpected argument '{args.Positional[0]}'");
        }

        Uri? baseUrl = null;
        if (baseUrlText is not null && !(Uri.TryCreate(baseUrlText.EndsWith('/') ? baseUrlText : baseUrlText + "/", UriKind.Absolute, out baseUrl) && baseUrl.Scheme is "http" or "https"))
        {
            throw new UsageException($"--base-url must be an http(s) address, not '{baseUrlText}'");
        }

        DateOnly? asOf = null;
        if (asOfText is not null)
        {
            asOf = DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
                ? d
                : throw new UsageException($"--as-of must be a date written YYYY-MM-DD, not '{asOfText}'");
        }

        var fullOut = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        if (Path.GetDirectoryName(fullOut) is null)
        {
            throw new UsageException($"--out cannot be the file-system root '{outDir}'; name a folder for the site");
        }

        if (File.Exists(fullOut))
        {
            error.WriteLine($"error: --out {outDir} is a file; name a folder for the site");
            return ExitCodes.BadInput;
        }

        var database = OpenDatabase(db, output);
        if (database is null)
        {
            error.WriteLine($"error: the database {db ?? RepositoryPaths.DefaultDatabase} does not exist");
            return ExitCodes.BadInput;
        }

        output.WriteLine($"building {Path.GetFullPath(outDir)} from {database.Path}");
        try
        {
            var result = await SiteBuilder.BuildAsync(
                new SiteBuildOptions { Database = database, OutputDirectory = outDir, BaseUrl = baseUrl, AsOf = asOf, AcceptWarnings = acceptWarnings },
                new BuildProgressPrinter(output),
                cancellationToken);
            output.WriteLine("built " + BuildProgressPrinter.Summary(result));
            return ExitCodes.Ok;
        }
        catch (PublishCheckException ex)
        {
            error.WriteLine("error: " + ex.Message);
            if (ex.WarningsOnly)
            {
                error.WriteLine("build again with --accept-warnings once you have read them");
            }

            return ExitCodes.BadInput;
        }
        catch (SiteValidationException ex)
        {
            error.WriteLine("error: " + ex.Message);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("cancelled; the previous site is unchanged");
            return ExitCodes.BadInput;
        }
    }

    private static PlanDatabase? OpenDatabase(string? db, TextWriter output)
    {
        if (db is not null)
        {
            return File.Exists(db) ? new PlanDatabase(db) : null;
        }

        return DefaultDatabase.Open(null, output);
    }
}
