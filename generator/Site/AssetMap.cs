namespace PerformancePlan.Generator.Site;

/// <summary>The assets of <c>wwwroot/</c> by their logical name (<c>css/site.css</c>) and the content-hashed path each was written to.</summary>
public sealed class AssetMap(IReadOnlyDictionary<string, string> hashedPaths)
{
    public static readonly AssetMap Empty = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> HashedPaths { get; } = hashedPaths;

    /// <summary>The site path of the asset's hashed copy; fails for an asset that does not exist, so a typo cannot ship.</summary>
    public string PathOf(string logicalName) =>
        HashedPaths.TryGetValue(logicalName, out var path)
            ? path
            : throw new InvalidOperationException($"The site refers to the asset '{logicalName}', which is not in wwwroot/.");
}
