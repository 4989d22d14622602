using System.Diagnostics;

namespace PerformancePlan.EndToEnd.Tests.Harness.SelfChecks;

public sealed class BrowserLaunchTests
{
    [Fact]
    public void A_missing_browser_fails_at_once_saying_what_to_install()
    {
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<InvalidOperationException>(() => ChromiumLaunch.Options("/nonexistent/chromium"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Contains("apt-get install chromium fonts-noto-cjk", error.Message, StringComparison.Ordinal);
        Assert.Contains(ChromiumLaunch.EnvironmentVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_browser_runs_headless_without_background_networking()
    {
        var options = ChromiumLaunch.Options();
        Assert.True(options.Headless);
        Assert.Equal(ChromiumLaunch.ExecutablePath, options.ExecutablePath);
        Assert.Contains("--disable-background-networking", options.Args!);
        Assert.Equal(Environment.UserName == "root", options.Args!.Contains("--no-sandbox"));
    }
}
