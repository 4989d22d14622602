using PerformancePlan.Core.Import;

namespace PerformancePlan.Core.Tests.Support;

/// <summary>The shipped content of the repository: the seed plan, its translation and sample data.</summary>
public static class SeedFiles
{
    public static string PlanFolder => Path.Combine(RepositoryPaths.Content, "plans", "107-secretariat");

    public static string ChinesePath => Path.Combine(PlanFolder, PlanDocumentParser.ChineseFileName);

    public static string EnglishPath => Path.Combine(PlanFolder, PlanDocumentParser.EnglishFileName);

    public static string Chinese => File.ReadAllText(ChinesePath);

    public static string English => File.ReadAllText(EnglishPath);

    public static ImportedPlan Parse() => PlanDocumentParser.ParseFiles(ChinesePath, EnglishPath, "107-secretariat");

    /// <summary>A test fixture document under <c>Import/Documents/</c>, copied beside the test assembly.</summary>
    public static string Fixture(params string[] parts) =>
        File.ReadAllText(Path.Combine([AppContext.BaseDirectory, "Import", "Documents", .. parts]));
}
