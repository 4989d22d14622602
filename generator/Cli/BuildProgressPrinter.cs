using System.Globalization;
using PerformancePlan.Generator.Pipeline;

namespace PerformancePlan.Generator.Cli;

/// <summary>Prints build progress as one line per report: stage, count and elapsed time.</summary>
internal sealed class BuildProgressPrinter(TextWriter output) : IProgress<BuildProgress>
{
    private readonly Lock gate = new();

    public void Report(BuildProgress value)
    {
        lock (gate)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {value.Elapsed.TotalSeconds,6:0.00}s  {value.Label,-10} {value.Done,6}/{value.Total}"));
        }
    }

    public static string Summary(BuildResult result) => string.Create(CultureInfo.InvariantCulture,
        $"{result.Pages} pages, {result.Files} files, {result.Bytes:N0} bytes in {result.Elapsed.TotalSeconds:0.00} s; "
        + $"{result.PagesRendered} pages rendered, {result.PagesWritten} written, {result.PagesReused} reused; {result.FilesValidated} files validated; {result.BytesWritten:N0} bytes written");
}
