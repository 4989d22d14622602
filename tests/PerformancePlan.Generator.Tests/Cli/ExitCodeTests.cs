using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Cli;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Cli;

/// <summary>Whatever happens, a command ends with 0, 1 (one line saying why) or 2 (bad usage), never a stack trace.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly TempSite site = new();

    public void Dispose() => site.Dispose();

    private static string SeedDocument => Path.Combine(PerformancePlan.Core.RepositoryPaths.Content, "plans", "107-secretariat", "plan.zh-TW.md");

    private static string SeedExchanges => Path.Combine(PerformancePlan.Core.RepositoryPaths.Content, "plans", "107-secretariat", "exchanges.csv");

    [Theory]
    [InlineData("not sqlite")]
    [InlineData("a directory")]
    public async Task Every_command_refuses_a_db_that_is_not_a_database_with_exit_code_1_and_one_line(string kind)
    {
        var db = Path.Combine(site.Directory, "bad.db");
        if (kind == "a directory")
        {
            Directory.CreateDirectory(db);
        }
        else
        {
            File.WriteAllText(db, "this is a text file, not a SQLite database\n");
        }

        var bytes = kind == "a directory" ? null : File.ReadAllBytes(db);
        foreach (var args in new[]
        {
            new[] { "build", "--db", db, "--out", site.Output },
            ["import", SeedDocument, "--db", db, "--slug", "107-secretariat"],
            ["import-data", "107-secretariat", SeedExchanges, "--db", db],
        })
        {
            var (code, _, error) = await Run(args);
            Assert.True(code == ExitCodes.BadInput, $"{string.Join(' ', args)}: exit {code}: {error}");
            AssertOneLine(error);
        }

        if (bytes is not null)
        {
            Assert.Equal(bytes, File.ReadAllBytes(db));
        }
    }

    [Fact]
    public async Task Build_into_the_file_system_root_is_bad_usage()
    {
        var (code, _, error) = await Run("build", "--db", site.Database.Path, "--out", "/");
        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Contains("root", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_into_a_folder_that_cannot_be_made_exits_1_with_one_line()
    {
        var file = Path.Combine(site.Directory, "a-file");
        File.WriteAllText(file, "x");
        var (code, _, error) = await Run("build", "--db", site.Database.Path, "--out", Path.Combine(file, "site"));
        Assert.Equal(ExitCodes.BadInput, code);
        AssertOneLine(error);
    }

    [Fact]
    public async Task Build_publishes_texts_that_hold_control_characters_stored_before_the_rule()
    {
        using (var c = site.Database.Open())
        {
            c.Execute("UPDATE exchanges SET summary_en = 'line one' || char(11) || 'line two' || char(0) || char(27), summary_zh = 'a' || char(12) || 'b' || char(1) WHERE id = (SELECT min(id) FROM exchanges)");
            c.Execute("UPDATE plans SET vision_en = vision_en || char(0)");
        }

        var (code, output, error) = await Run("build", "--db", site.Database.Path, "--out", site.Output);

        Assert.True(code == ExitCodes.Ok, output + error);
        var feed = File.ReadAllText(site.File($"en/{TempSite.Slug}/exchanges/feed.xml"));
        Assert.Contains("line one\nline two\uFFFD\uFFFD", System.Xml.Linq.XDocument.Parse(feed).ToString(), StringComparison.Ordinal);
        Assert.All(site.HtmlFiles(), f =>
        {
            var html = File.ReadAllText(site.File(f));
            var at = html.IndexOf('\0', StringComparison.Ordinal);
            Assert.True(at < 0, $"{f}: {(at < 0 ? string.Empty : html.Substring(Math.Max(0, at - 40), 60))}");
        });
    }

    private static void AssertOneLine(string error)
    {
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
