using PerformancePlan.Generator.Cli;

// The generator's command line: import | import-data | build | serve | bench.
Console.OutputEncoding = System.Text.Encoding.UTF8;
var commands = typeof(ICommand).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICommand).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
    .Select(t => (ICommand)Activator.CreateInstance(t)!)
    .OrderBy(c => c.Name, StringComparer.Ordinal)
    .ToDictionary(c => c.Name, StringComparer.Ordinal);

void PrintUsage(TextWriter writer)
{
    writer.WriteLine("usage: dotnet run --project generator -- <command> [options]");
    foreach (var command in commands.Values)
    {
        writer.WriteLine("  " + command.Usage);
    }
}

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    PrintUsage(args.Length == 0 ? Console.Error : Console.Out);
    return args.Length == 0 ? ExitCodes.BadUsage : ExitCodes.Ok;
}

if (!commands.TryGetValue(args[0], out var selected))
{
    Console.Error.WriteLine($"error: unknown command '{args[0]}'");
    PrintUsage(Console.Error);
    return ExitCodes.BadUsage;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    var arguments = new CommandArguments(args[1..], selected is IHasFlags f ? f.Flags : null);
    return await selected.RunAsync(arguments, Console.Out, Console.Error, cancellation.Token);
}
catch (UsageException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    Console.Error.WriteLine("usage: dotnet run --project generator -- " + selected.Usage);
    return ExitCodes.BadUsage;
}

namespace PerformancePlan.Generator.Cli
{
    /// <summary>A command with options that take no value (<c>--sample</c>).</summary>
    public interface IHasFlags
    {
        IReadOnlySet<string> Flags { get; }
    }
}
