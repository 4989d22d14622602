namespace PerformancePlan.Generator.Cli;

/// <summary>One sub-command of the generator's command line (import, import-data, build, serve, bench).</summary>
public interface ICommand
{
    /// <summary>The word that selects the command: <c>build</c>.</summary>
    string Name { get; }

    /// <summary>One line for the usage text, e.g. <c>build [--db FILE] [--out DIR]   render the static site</c>.</summary>
    string Usage { get; }

    /// <summary>Runs with the arguments after the command word; returns the exit code.</summary>
    Task<int> RunAsync(CommandArguments args, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int BadUsage = 2;
}

/// <summary>Bad usage of the command line: shown with the usage text, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
