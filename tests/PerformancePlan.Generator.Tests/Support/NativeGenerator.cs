using System.Diagnostics;
using PerformancePlan.Core;

namespace PerformancePlan.Generator.Tests.Support;

/// <summary>
/// The generator compiled ahead of time to one native program, as <c>dotnet publish generator -c
/// Release</c> makes it (it needs clang; tests/run.sh installs it), published once into a temporary
/// folder for the tests that run it. The compiler keeps its work under generator/obj, so a second
/// run with no change to the code only copies the program.
/// </summary>
public sealed class NativeGenerator : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pp-native-").FullName;

    public NativeGenerator()
    {
        var project = Path.Combine(RepositoryPaths.Root, "generator", "PerformancePlan.Generator.csproj");
        var (code, output) = Run("dotnet", ["publish", project, "-c", "Release", "-o", folder, "--nologo"], TimeSpan.FromMinutes(15), RepositoryPaths.Root);
        Program = Path.Combine(folder, "PerformancePlan.Generator");
        if (code != 0 || !File.Exists(Program))
        {
            throw new InvalidOperationException(
                $"dotnet publish of the native generator failed (exit {code}); it needs clang on PATH (tests/run.sh installs it):\n"
                + string.Join('\n', output.Split('\n').TakeLast(40)));
        }
    }

    /// <summary>The native program's path.</summary>
    public string Program { get; }

    /// <summary>
    /// Runs the native program outside the repository, in its own folder, as it runs where it is
    /// installed: it builds with the site's assets published beside it. Returns its exit code and output.
    /// </summary>
    public (int Code, string Output) Generator(params string[] args) => Run(Program, args, TimeSpan.FromMinutes(5), folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static (int Code, string Output) Run(string file, IEnumerable<string> args, TimeSpan timeout, string workingDirectory)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} {string.Join(' ', args)} did not finish in {timeout}.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
