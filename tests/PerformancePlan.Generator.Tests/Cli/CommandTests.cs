using System.Net;
using System.Net.Sockets;
using PerformancePlan.Generator.Cli;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Cli;

public sealed class CommandTests : IDisposable
{
    private readonly TempSite site = new();

    public void Dispose() => site.Dispose();

    private static async Task<(int Code, string Output, string Error)> Run(ICommand command, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await command.RunAsync(new CommandArguments(args, command is IHasFlags f ? f.Flags : null), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Every_command_class_is_on_the_command_line()
    {
        var classes = typeof(ICommand).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICommand).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(classes, CommandLine.Commands.Values.Select(c => c.GetType().FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Build_prints_progress_by_stage_and_a_summary_of_pages_files_bytes_and_seconds()
    {
        var (code, output, _) = await Run(new BuildCommand(), "--db", site.Database.Path, "--out", site.Output);
        Assert.Equal(ExitCodes.Ok, code);
        foreach (var stage in new[] { "load", "assets", "pages", "open data", "feeds", "sitemap", "validate" })
        {
            Assert.Contains(stage, output, StringComparison.Ordinal);
        }

        Assert.Matches(@"built 40 pages, 75 files, [0-9,]+ bytes in [0-9.]+ s; 40 pages rendered, 40 written, 0 reused; \d+ files validated; [0-9,]+ bytes written", output);
        Assert.True(File.Exists(site.File("zh-tw/index.html")));

        var (again, second, _) = await Run(new BuildCommand(), "--db", site.Database.Path, "--out", site.Output);
        Assert.Equal(ExitCodes.Ok, again);
        Assert.Matches(@"built 40 pages, 75 files, [0-9,]+ bytes in [0-9.]+ s; \d+ pages rendered, 0 written, 40 reused; 0 files validated; 0 bytes written", second);
    }

    [Fact]
    public async Task Build_refuses_a_database_that_does_not_exist_and_an_unknown_option()
    {
        var (code, _, error) = await Run(new BuildCommand(), "--db", Path.Combine(site.Directory, "missing.db"), "--out", site.Output);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("missing.db", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
        await Assert.ThrowsAsync<UsageException>(() => Run(new BuildCommand(), "--db", site.Database.Path, "--outt", site.Output));
    }

    [Fact]
    public async Task Build_reports_a_failed_validation_with_exit_code_1_naming_page_and_link()
    {
        using (var c = site.Database.Open())
        {
            PerformancePlan.Core.Store.SqliteExtensions.Execute(c, "UPDATE site_pages SET markdown = '[x](../gone/)' WHERE key = 'about' AND language = 'en'");
        }

        var (code, _, error) = await Run(new BuildCommand(), "--db", site.Database.Path, "--out", site.Output);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("en/about/index.html", error, StringComparison.Ordinal);
        Assert.Contains("../gone/", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_answers_pages_and_csv_and_gives_the_404_page_for_unknown_addresses()
    {
        site.Build();
        var port = FreePort();
        await using var app = StaticSite.Create(site.Output, port);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var home = await http.GetAsync($"zh-tw/{TempSite.Slug}/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("秘書處", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var csv = await http.GetAsync($"data/{TempSite.Slug}/budget.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var missing = await http.GetAsync("zh-tw/no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("找不到網頁", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public async Task Bench_builds_synthetic_plans_and_reports_pages_seconds_and_memory()
    {
        var (code, output, _) = await Run(new BenchCommand(), "--plans", "3");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches(@"bench: phase=full cpu_seconds=[0-9.]+ plans=3 pages=\d+ csv=38 files=\d+ bytes=\d+ seconds=[0-9.]+ pages_per_second=\d+ peak_working_set_mb=\d+", output);
        Assert.Contains("pages=100 ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("phase=no-change", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_with_edit_one_reports_a_rebuild_that_writes_no_page_and_one_that_writes_only_changed_pages()
    {
        var (code, output, _) = await Run(new BenchCommand(), "--plans", "3", "--edit-one", "--in", Path.GetTempPath());
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches(@"bench: phase=no-change seconds=[0-9.]+ build_seconds=[0-9.]+ pages=100 pages_rendered=\d+ pages_written=0 pages_reused=100 files_written=0 files_validated=0 bytes_written=0", output);
        var edit = System.Text.RegularExpressions.Regex.Match(output, @"phase=edit-one .* pages_written=(\d+) pages_reused=(\d+) files_written=(\d+)");
        Assert.True(edit.Success, output);
        Assert.InRange(int.Parse(edit.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 26);
        Assert.Equal(100, int.Parse(edit.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + int.Parse(edit.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Bench_can_save_its_synthetic_database_for_a_build_timed_from_outside()
    {
        var file = Path.Combine(site.Directory, "bench.db");
        var (code, output, _) = await Run(new BenchCommand(), "--plans", "2", "--save-db", file);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("2 plans", output, StringComparison.Ordinal);
        var (built, printed, _) = await Run(new BuildCommand(), "--db", file, "--out", Path.Combine(site.Directory, "bench-site"));
        Assert.Equal(ExitCodes.Ok, built);
        Assert.Matches(@"built \d+ pages, \d+ files", printed);
        Assert.True(Directory.Exists(Path.Combine(site.Directory, "bench-site", "zh-tw")));
    }

    [Fact]
    public async Task Bench_refuses_a_folder_that_does_not_exist()
    {
        var error = await Assert.ThrowsAsync<UsageException>(() => Run(new BenchCommand(), "--plans", "1", "--in", Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"))));
        Assert.Contains("--in", error.Message, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
