namespace PerformancePlan.Core.SitePages;

/// <summary>A static page of the site (about, open-data guide) in Markdown, per language, each versioned.</summary>
public sealed record SitePage(string Key, Bilingual Markdown, long VersionZh, long VersionEn)
{
    public const int MaxLength = 100_000;

    /// <summary>Keys are lower-case words joined by hyphens: they become file names on the site.</summary>
    public static bool IsValidKey(string? key) =>
        !string.IsNullOrEmpty(key) && key.Length <= 64
        && key.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && !key.StartsWith('-') && !key.EndsWith('-');
}
