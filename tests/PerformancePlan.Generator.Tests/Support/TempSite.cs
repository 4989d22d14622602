using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PerformancePlan.Core;
using PerformancePlan.Core.Import.Seeding;
using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Pipeline;

namespace PerformancePlan.Generator.Tests.Support;

/// <summary>
/// A database seeded from the repository's <c>content/</c> (the FY2018 Secretariat plan with its
/// sample data) in a fresh temporary folder, and the site built from it beside it. Never touches
/// the repository's data/ or site/.
/// </summary>
public sealed class TempSite : IDisposable
{
    public static readonly ChangeContext Context = new("test", new DateTimeOffset(2019, 1, 20, 9, 0, 0, TimeSpan.Zero));

    public const string Slug = "107-secretariat";

    public TempSite(Action<PlanDatabase>? change = null, bool seed = true)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("pp-site-").FullName;
        Database = new PlanDatabase(Path.Combine(Directory, "test.db"));
        if (seed)
        {
            ContentSeeder.SeedIfEmpty(Database, RepositoryPaths.Content, Context);
        }

        change?.Invoke(Database);
        Output = Path.Combine(Directory, "site");
    }

    public string Directory { get; }

    public PlanDatabase Database { get; }

    public string Output { get; }

    /// <summary>Whether builds go ahead despite the checks' warnings (tests about the checks turn this off).</summary>
    public bool AcceptWarnings { get; set; } = true;

    /// <summary>The date the build judges statuses as of; null for today.</summary>
    public DateOnly? AsOf { get; set; }

    public SiteBuildOptions Options(string? output = null) => new()
    {
        Database = Database,
        OutputDirectory = output ?? Output,
        WebRootDirectory = RepositoryPaths.WebRoot,
        AsOf = AsOf,
        AcceptWarnings = AcceptWarnings,
    };

    public BuildResult Build(string? output = null) => SiteBuilder.BuildAsync(Options(output)).GetAwaiter().GetResult();

    public string File(string sitePath) => Path.Combine(Output, sitePath.Replace('/', Path.DirectorySeparatorChar));

    public string Html(string pagePath) => System.IO.File.ReadAllText(File(pagePath.EndsWith('/') || pagePath.Length == 0 ? pagePath + "index.html" : pagePath));

    public IDocument Page(string pagePath) => new HtmlParser().ParseDocument(Html(pagePath));

    /// <summary>Every HTML page of the built site, as site paths (<c>zh-tw/107-secretariat/index.html</c>).</summary>
    public IReadOnlyList<string> HtmlFiles() =>
        System.IO.Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Runs a query against the database directly, independent of the generator's own reading.</summary>
    public List<T> Query<T>(string sql, Func<Microsoft.Data.Sqlite.SqliteDataReader, T> map)
    {
        using var connection = Database.Open();
        return connection.Query(sql, map);
    }

    public void Dispose()
    {
        PlanDatabase.ReleaseFiles();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
