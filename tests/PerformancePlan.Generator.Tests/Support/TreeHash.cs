using System.Security.Cryptography;

namespace PerformancePlan.Generator.Tests.Support;

/// <summary>Every file under a folder with the hash of its bytes, to compare two trees exactly.</summary>
public static class TreeHash
{
    public static SortedDictionary<string, string> Of(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);
}
