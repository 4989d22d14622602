using System.Diagnostics;
using System.Text;
using PerformancePlan.Core;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>
/// The real portal, run as its own process from the build output with a temporary data directory
/// on a loopback port the OS picks, exactly as an operator would start it.
/// </summary>
public sealed partial class PortalProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly StringBuilder output;

    private PortalProcess(Process process, StringBuilder output, string baseUrl, string dataDirectory)
    {
        this.process = process;
        this.output = output;
        BaseUrl = baseUrl;
        DataDirectory = dataDirectory;
    }

    public string BaseUrl { get; }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public string DataDirectory { get; }

    public string Output => Text(output);

    private static string PortalDll => Path.Combine(AppContext.BaseDirectory, "PerformancePlan.Portal.dll");

    /// <summary>Runs <c>add-user</c>, giving the password on standard input as an operator would type it.</summary>
    public static async Task AddUserAsync(string dataDirectory, string name, string role, string password)
    {
        using var process = Process.Start(StartInfo(dataDirectory, "add-user", name, "--role", role))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteLineAsync(password);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"add-user {name} --role {role} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }

    /// <summary>
    /// Starts the portal on port 0, so the OS gives it a free port no other server can take in the
    /// meantime, and reads the address it listens on from its log.
    /// </summary>
    public static async Task<PortalProcess> StartAsync(string dataDirectory)
    {
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = StartInfo(dataDirectory, "--urls", "http://127.0.0.1:0") };
        void OnLine(string? line)
        {
            Append(output, line);
            var match = line is null ? null : ListeningPattern().Match(line);
            if (match is { Success: true })
            {
                listening.TrySetResult(match.Groups[1].Value.TrimEnd('/'));
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The portal exited before it listened."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();

        string baseUrl;
        try
        {
            baseUrl = await listening.Task.WaitAsync(StartTimeout);
        }
        catch (Exception ex)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            var exit = process.ExitCode;
            process.Dispose();
            throw new InvalidOperationException($"The portal did not start ({ex.Message}; exit code {exit}):\n{Text(output)}", ex);
        }

        var portal = new PortalProcess(process, output, baseUrl, dataDirectory);
        try
        {
            await portal.WaitUntilReadyAsync();
        }
        catch
        {
            await portal.DisposeAsync();
            throw;
        }

        return portal;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string dataDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(PortalDll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["Portal__DataDirectory"] = dataDirectory;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_NOLOGO"] = "1";
        return info;
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial System.Text.RegularExpressions.Regex ListeningPattern();

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>Polls the sign-in page until it answers 200 (the app seeds and publishes on first start).</summary>
    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited with {process.ExitCode} before it answered:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(BaseUrl + "/admin/account/signin");
                if (response.StatusCode == System.Net.HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but not answering within the poll's timeout (still starting, or a busy machine): ask again.
            }

            using var exited = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
            try
            {
                await process.WaitForExitAsync(exited.Token);
            }
            catch (OperationCanceledException)
            {
                // Still running: ask again.
            }
        }

        throw new TimeoutException($"The portal did not answer on {BaseUrl} within {StartTimeout.TotalSeconds} s:\n{Output}");
    }
}
