using Microsoft.Data.Sqlite;

namespace PerformancePlan.Generator.Cli;

/// <summary>
/// The generator's command line: picks the command and turns whatever happens into one of three
/// exit codes: 0 done, 1 bad input or a failure (one line on standard error saying why), 2 bad
/// usage. An unexpected exception prints one line and where its details were written.
/// </summary>
public static class CommandLine
{
    /// <summary>
    /// Every command, by name. Listed here rather than found by reflection so the natively compiled
    /// generator keeps them all (a test checks that every command class is listed).
    /// </summary>
    public static IReadOnlyDictionary<string, ICommand> Commands { get; } = new ICommand[]
    {
        new BenchCommand(),
        new BuildCommand(),
        new DeployCommand(),
        new ImportCommand(),
        new ImportDataCommand(),
        new NewYearCommand(),
        new SampleCityCommand(),
        new ServeCommand(),
    }.ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>Where details of an unexpected failure go: a file in the temporary folder.</summary>
    public static string LogDirectory { get; set; } = Path.GetTempPath();

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(args.Count == 0 ? error : output);
            return args.Count == 0 ? ExitCodes.BadUsage : ExitCodes.Ok;
        }

        if (!Commands.TryGetValue(args[0], out var selected))
        {
            error.WriteLine($"error: unknown command '{args[0]}'");
            PrintUsage(error);
            return ExitCodes.BadUsage;
        }

        try
        {
            var arguments = new CommandArguments(args.Skip(1).ToList(), selected is IHasFlags f ? f.Flags : null);
            return await selected.RunAsync(arguments, output, error, cancellationToken);
        }
        catch (UsageException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            error.WriteLine("usage: dotnet run --project generator -- " + selected.Usage);
            return ExitCodes.BadUsage;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("error: cancelled");
            return ExitCodes.BadInput;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 or 14 or 11 or 8 or 23)
        {
            // SQLITE_NOTADB, CANTOPEN, CORRUPT, READONLY, AUTH: the --db file is not a usable database.
            error.WriteLine($"error: the database cannot be used: {OneLine(ex.Message)}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {OneLine(ex.Message)}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            var log = WriteLog(ex);
            error.WriteLine($"error: unexpected {ex.GetType().Name}: {OneLine(ex.Message)}{(log is null ? string.Empty : $" (details in {log})")}");
            return ExitCodes.BadInput;
        }
    }

    private static void PrintUsage(TextWriter writer)
    {
        writer.WriteLine("usage: dotnet run --project generator -- <command> [options]");
        foreach (var command in Commands.Values)
        {
            writer.WriteLine("  " + command.Usage);
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private static string? WriteLog(Exception ex)
    {
        try
        {
            var path = Path.Combine(LogDirectory, $"performanceplan-generator-{DateTime.UtcNow:yyyyMMdd'T'HHmmss'Z'}-{Environment.ProcessId}.log");
            File.WriteAllText(path, ex.ToString());
            return path;
        }
        catch (Exception)
        {
            return null;
        }
    }
}
