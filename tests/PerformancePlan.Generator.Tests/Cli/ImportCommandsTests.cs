using PerformancePlan.Core;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Cli;

namespace PerformancePlan.Generator.Tests.Cli;

/// <summary>The import and import-data commands, run in-process with their output captured.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ImportCommandsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("pp-cli-").FullName;

    private string Db => Path.Combine(directory, "a.db");

    private static string SeedFolder => Path.Combine(RepositoryPaths.Content, "plans", "107-secretariat");

    private static string SeedDocument => Path.Combine(SeedFolder, "plan.zh-TW.md");

    public void Dispose()
    {
        PlanDatabase.ReleaseFiles();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Import_prints_what_it_found_and_stores_the_plan()
    {
        var (code, output, error) = await Run(new ImportCommand(), SeedDocument, "--db", Db);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains($"using the translation found beside the document: {Path.Combine(SeedFolder, "plan.en.md")}", output, StringComparison.Ordinal);
        Assert.Contains("agency:       秘書處 / Secretariat, Taoyuan City Government", output, StringComparison.Ordinal);
        Assert.Contains("fiscal year:  107 (2018)", output, StringComparison.Ordinal);
        Assert.Contains("tasks:        5", output, StringComparison.Ordinal);
        Assert.Contains("goals:        8", output, StringComparison.Ordinal);
        Assert.Contains("  4. 優化民眾申請案件之時效 (2%), 1 indicator", output, StringComparison.Ordinal);
        Assert.Contains("indicators:   15", output, StringComparison.Ordinal);
        Assert.Contains("  5.2 辦理原桃園市民代表會廳舍整修 (5%): target 100%, completion", output, StringComparison.Ordinal);
        Assert.Contains("budget lines: 9", output, StringComparison.Ordinal);
        Assert.Contains("  5. 改善整體洽公環境，提供優質辦公場域: 22,860 (總經費 45,800 千元)", output, StringComparison.Ordinal);
        Assert.Contains("budget total: 53,628.75 NT$ thousand", output, StringComparison.Ordinal);
        Assert.Contains("slug:         107-secretariat (derived", output, StringComparison.Ordinal);
        Assert.Contains($"created plan 107-secretariat in {Db}", output, StringComparison.Ordinal);
        Assert.Equal(15, new PlanReader(new PlanDatabase(Db)).Load("107-secretariat")!.Plan.Indicators.Count());
    }

    [Fact]
    public async Task Reimport_updates_in_place_and_keeps_the_sample_flag()
    {
        await Run(new ImportCommand(), SeedDocument, "--db", Db, "--sample", "--slug", "107-secretariat");
        var (code, output, _) = await Run(new ImportCommand(), SeedDocument, "--db", Db);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("sample data:  yes (kept from the plan already in the database)", output, StringComparison.Ordinal);
        Assert.Contains("updated plan 107-secretariat", output, StringComparison.Ordinal);
        Assert.True(new PlanReader(new PlanDatabase(Db)).ListPlans().Single().IsSample);
    }

    [Fact]
    public async Task A_malformed_document_exits_1_with_file_and_line_and_writes_nothing()
    {
        var folder = Path.Combine(directory, "107-secretariat");
        Directory.CreateDirectory(folder);
        var bad = Path.Combine(folder, "plan.zh-TW.md");
        File.WriteAllText(bad, File.ReadAllText(SeedDocument).Replace("(一) 推動與締盟城市之交流(5%)", "(一) 推動與締盟城市之交流(五%)", StringComparison.Ordinal));

        var (code, output, error) = await Run(new ImportCommand(), bad, "--db", Db);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("error: plan.zh-TW.md:67: indicator weight '(五%)' is not a percentage" + Environment.NewLine, error);
        Assert.DoesNotContain("created", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Import_without_a_document_is_bad_usage()
    {
        await Assert.ThrowsAsync<UsageException>(() => Run(new ImportCommand(), "--db", Db));
        await Assert.ThrowsAsync<UsageException>(() => Run(new ImportCommand(), SeedDocument, "--dbb", Db));
    }

    [Fact]
    public async Task Import_of_a_missing_file_is_bad_input()
    {
        var (code, _, error) = await Run(new ImportCommand(), Path.Combine(directory, "nope.md"), "--db", Db);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.EndsWith("nope.md: no such file" + Environment.NewLine, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content/plans/107-secretariat", 107, "107-secretariat")]
    [InlineData("plans/secretariat", 107, "107-secretariat")]
    [InlineData("plans/2018-Secretariat Office", 107, "107-secretariat-office")]
    [InlineData("plans/108-civil-affairs", 108, "108-civil-affairs")]
    public void The_slug_is_derived_from_the_year_and_the_folder(string folder, int year, string slug) =>
        Assert.Equal(slug, ImportCommand.DeriveSlug(Path.Combine(Path.GetTempPath(), folder, "plan.zh-TW.md"), year));

    [Fact]
    public void A_folder_name_without_latin_letters_needs_an_explicit_slug() =>
        Assert.Throws<UsageException>(() => ImportCommand.DeriveSlug(Path.Combine(Path.GetTempPath(), "秘書處", "plan.zh-TW.md"), 107));

    [Fact]
    public async Task Import_data_imports_each_kind_and_says_what_it_did()
    {
        await Run(new ImportCommand(), SeedDocument, "--db", Db);
        var (code, output, error) = await Run(new ImportDataCommand(), "107-secretariat", Path.Combine(SeedFolder, "actuals.csv"), "--db", Db);
        var (code2, output2, _) = await Run(new ImportDataCommand(), "107-secretariat", Path.Combine(SeedFolder, "exchanges.csv"), "--kind", "exchanges", "--db", Db);
        var (code3, output3, _) = await Run(new ImportDataCommand(), "107-secretariat", Path.Combine(SeedFolder, "actuals.csv"), "--db", Db);

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok, ExitCodes.Ok), (code, code2, code3));
        Assert.Equal(string.Empty, error);
        Assert.Equal("actuals for plan 107-secretariat: 56 rows, 56 created, 0 updated, 0 unchanged" + Environment.NewLine, output);
        Assert.Equal("exchanges for plan 107-secretariat: 46 rows, 46 created, 0 updated, 0 unchanged" + Environment.NewLine, output2);
        Assert.Equal("actuals for plan 107-secretariat: 56 rows, 0 created, 0 updated, 56 unchanged" + Environment.NewLine, output3);
    }

    [Fact]
    public async Task Import_data_with_a_bad_row_exits_1_naming_file_line_and_field()
    {
        await Run(new ImportCommand(), SeedDocument, "--db", Db);
        var csv = Path.Combine(directory, "actuals.csv");
        File.WriteAllText(csv, "indicator_code,period,value,note_zh,note_en,source,reported_on\n1.1,2018-Q1,1,,,x,2018-04-10\n1.2,2018-Q1,many,,,x,2018-04-10\n");

        var (code, _, error) = await Run(new ImportDataCommand(), "107-secretariat", csv, "--db", Db);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal(
            "error: actuals.csv:3: row 2 (line 3): field 'value': 'many' is not a number of 0 or more" + Environment.NewLine
            + "error: actuals.csv: 1 problem; nothing was imported" + Environment.NewLine,
            error);
        Assert.Empty(new PlanReader(new PlanDatabase(Db)).Load("107-secretariat")!.Plan.Indicators.SelectMany(i => i.Actuals));
    }

    [Fact]
    public async Task Import_data_for_an_unknown_plan_is_bad_input_and_an_unknown_kind_is_bad_usage()
    {
        await Run(new ImportCommand(), SeedDocument, "--db", Db);
        var (code, _, error) = await Run(new ImportDataCommand(), "999-none", Path.Combine(SeedFolder, "actuals.csv"), "--db", Db);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("error: plan: there is no plan '999-none'; import its document first" + Environment.NewLine, error);
        await Assert.ThrowsAsync<UsageException>(() => Run(new ImportDataCommand(), "107-secretariat", Path.Combine(SeedFolder, "actuals.csv"), "--kind", "budget", "--db", Db));
    }

    [Fact]
    public async Task The_program_maps_ok_bad_input_and_bad_usage_to_exit_codes_0_1_and_2()
    {
        var bad = Path.Combine(directory, "plan.zh-TW.md");
        File.WriteAllText(bad, string.Empty);

        Assert.Equal(0, await RunProgram("import", SeedDocument, "--db", Db));
        Assert.Equal(1, await RunProgram("import", bad, "--db", Db));
        Assert.Equal(2, await RunProgram("import", "--db", Db));
        Assert.Equal(2, await RunProgram("import-data", "107-secretariat"));
        Assert.Equal(2, await RunProgram("no-such-command"));
    }

    [Fact]
    public void Without_db_the_default_database_is_created_and_seeded_from_content_once()
    {
        var path = Path.Combine(directory, "data", "portal.db");
        var first = new StringWriter();
        var database = DefaultDatabase.Open(null, first, path, RepositoryPaths.Content);
        var second = new StringWriter();
        DefaultDatabase.Open(null, second, path, RepositoryPaths.Content);

        Assert.Equal(path, database.Path);
        Assert.StartsWith($"created {path} from {RepositoryPaths.Content}: plans 107-secretariat; 56 actuals, 46 exchanges, 12 e-signature months, ", first.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, second.ToString());
        Assert.True(new PlanReader(database).ListPlans().Single().IsSample);
        Assert.Equal(Db, DefaultDatabase.Open(Db, second).Path);
        Assert.False(File.Exists(Db));
    }

    private static async Task<(int Code, string Output, string Error)> Run(ICommand command, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await command.RunAsync(new CommandArguments(args, command is IHasFlags f ? f.Flags : null), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the program's entry point, as <c>dotnet run</c> would, with the console captured.</summary>
    private static async Task<int> RunProgram(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(new StringWriter());
        Console.SetError(new StringWriter());
        try
        {
            var result = typeof(ICommand).Assembly.EntryPoint!.Invoke(null, [args]);
            return result is Task<int> task ? await task : (int)result!;
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}

/// <summary>Tests that replace the process's console run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
