using PerformancePlan.Generator.Cli;

// The generator's command line: import | import-data | build | serve | bench.
Console.OutputEncoding = System.Text.Encoding.UTF8;
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await CommandLine.RunAsync(args, Console.Out, Console.Error, cancellation.Token);

namespace PerformancePlan.Generator.Cli
{
    /// <summary>A command with options that take no value (<c>--sample</c>).</summary>
    public interface IHasFlags
    {
        IReadOnlySet<string> Flags { get; }
    }
}
