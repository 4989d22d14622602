namespace PerformancePlan.Core;

/// <summary>
/// Where the repository's folders are: found by walking up from the working directory (then from
/// the program's own folder) to the directory that holds <c>PerformancePlan.sln</c>.
/// </summary>
public static class RepositoryPaths
{
    public const string SolutionFile = "PerformancePlan.sln";

    public static string Root => FindRoot()
        ?? throw new InvalidOperationException(
            $"Cannot find the repository ({SolutionFile}) above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}; pass explicit paths.");

    public static string Content => Path.Combine(Root, "content");

    public static string DataDirectory => Path.Combine(Root, "data");

    /// <summary>The default database: <c>data/portal.db</c> under the repository.</summary>
    public static string DefaultDatabase => Path.Combine(DataDirectory, "portal.db");

    public static string DefaultSite => Path.Combine(Root, "site");

    /// <summary>
    /// The site's stylesheet, icons and scripts: the repository's <c>wwwroot/</c>, or, for the native
    /// generator published outside the repository, the copy published beside it.
    /// </summary>
    public static string WebRoot
    {
        get
        {
            if (FindRoot() is { } root)
            {
                return Path.Combine(root, "wwwroot");
            }

            var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
            return Directory.Exists(beside) ? beside : Path.Combine(Root, "wwwroot");
        }
    }

    public static string? FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
