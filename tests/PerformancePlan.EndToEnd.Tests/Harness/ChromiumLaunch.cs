
namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>
/// How the tests start Chromium: Playwright cannot download browsers here, so it drives the
/// system's Chromium (Debian's <c>/usr/bin/chromium</c>, or <c>PLAYWRIGHT_CHROMIUM_EXECUTABLE</c>).
/// </summary>
public static class ChromiumLaunch
{
    public const string EnvironmentVariable = "PLAYWRIGHT_CHROMIUM_EXECUTABLE";
    public const string DebianPath = "/usr/bin/chromium";

    public static string ExecutablePath
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
            return string.IsNullOrWhiteSpace(configured) ? DebianPath : configured;
        }
    }

    public static string MissingBrowserMessage(string path) =>
        $"No Chromium at {path}. The end-to-end tests need a Chromium browser and CJK fonts: " +
        "install them with 'sudo apt-get install chromium fonts-noto-cjk' (or run 'bash tests/run.sh', which does), " +
        $"or set {EnvironmentVariable} to a Chromium executable.";

    public static BrowserTypeLaunchOptions Options() => Options(ExecutablePath);

    public static BrowserTypeLaunchOptions Options(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(MissingBrowserMessage(path));
        }

        var args = new List<string>
        {
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            "--disable-dev-shm-usage",
        };
        if (RunningAsRoot)
        {
            args.Add("--no-sandbox");
        }

        return new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = args,
            Timeout = 20_000,
        };
    }

    private static bool RunningAsRoot => OperatingSystem.IsLinux() && Environment.UserName == "root";
}
