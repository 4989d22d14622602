namespace PerformancePlan.Reliability.Tests.Support;

/// <summary>
/// The suite's figures (saves acknowledged and lost, kills, fuzz cases, crashes, changed databases):
/// written to the test output and, when <c>RELIABILITY_FIGURES</c> names a file, appended to it so
/// <c>tests/run.sh</c> prints them after the run.
/// </summary>
public static class Figures
{
    private static readonly Lock Gate = new();

    public static void Report(ITestOutputHelper output, string line)
    {
        output.WriteLine(line);
        var file = Environment.GetEnvironmentVariable("RELIABILITY_FIGURES");
        if (string.IsNullOrEmpty(file))
        {
            return;
        }

        lock (Gate)
        {
            File.AppendAllText(file, "reliability: " + line + Environment.NewLine);
        }
    }
}
