using System.Globalization;
using System.Text;

namespace PerformancePlan.Portal.Publishing;

/// <summary>
/// The list of a release's files and their sizes, kept beside its folder (<c>releases/&lt;name&gt;.manifest</c>,
/// outside what is served). A release is whole when every listed file is there with its size and
/// nothing else is: only a whole release may be made current again.
/// </summary>
public static class ReleaseManifest
{
    public static string PathFor(string releaseDirectory) => Path.TrimEndingDirectorySeparator(releaseDirectory) + ".manifest";

    /// <summary>Lists the release's files, written to a temporary name and renamed, so a manifest is never half written.</summary>
    public static void Write(string releaseDirectory)
    {
        var text = new StringBuilder();
        foreach (var (path, size) in Files(releaseDirectory).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{size}\t{path}\n");
        }

        var target = PathFor(releaseDirectory);
        var temporary = target + ".tmp";
        File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>
    /// True when the folder holds exactly the files of its manifest. A release published before
    /// manifests were kept is whole when it holds as many files as its build wrote (<paramref name="filesWithoutManifest"/>).
    /// </summary>
    public static bool IsComplete(string releaseDirectory, int filesWithoutManifest)
    {
        if (!Directory.Exists(releaseDirectory))
        {
            return false;
        }

        var manifest = PathFor(releaseDirectory);
        var actual = Files(releaseDirectory).ToDictionary(f => f.Path, f => f.Size, StringComparer.Ordinal);
        if (!File.Exists(manifest))
        {
            return actual.Count == filesWithoutManifest && filesWithoutManifest > 0;
        }

        var listed = File.ReadAllLines(manifest).Where(l => l.Length > 0).ToList();
        return listed.Count == actual.Count && listed.All(line =>
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            return tab > 0
                && long.TryParse(line.AsSpan(0, tab), NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                && actual.TryGetValue(line[(tab + 1)..], out var found) && found == size;
        });
    }

    private static IEnumerable<(string Path, long Size)> Files(string directory) =>
        new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(directory, f.FullName).Replace('\\', '/'), f.Length));
}
