using PerformancePlan.EndToEnd.Tests.Bench;

namespace PerformancePlan.EndToEnd.Tests;

/// <summary>
/// The test assembly's entry point, for its one bench mode (the test runner never calls it):
/// <c>dotnet PerformancePlan.EndToEnd.Tests.dll bench-explorer --site DIR [--rounds N]</c>, run by
/// <c>tests/bench-explorer.sh</c>, which builds the sample city's site first.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] != ExplorerBench.Command)
        {
            await Console.Error.WriteLineAsync(ExplorerBench.Usage);
            return 2;
        }

        return await ExplorerBench.RunAsync(args[1..], Console.Out, Console.Error);
    }
}
