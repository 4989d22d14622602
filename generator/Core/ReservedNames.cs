namespace PerformancePlan.Core;

/// <summary>
/// The names the published site uses for its own folders, beside the plans' and the static pages'
/// (<c>zh-tw/agencies/</c>, <c>zh-tw/about/</c>, <c>data/all/</c>…): a plan slug or a page key that
/// took one would write over them, so each is refused with the field named.
/// </summary>
public static class ReservedNames
{
    /// <summary>Folders the generator writes at the top of the site, of a language folder, or of <c>data/</c>.</summary>
    public static readonly IReadOnlySet<string> SiteFolders = new HashSet<string>(StringComparer.Ordinal)
    {
        "agencies", "indicators", "data", "assets", "all", "chains", "zh-tw", "en",
    };

    /// <summary>The static pages the site publishes, each a folder of a language (<c>zh-tw/about/</c>).</summary>
    public static readonly IReadOnlySet<string> StaticPages = new HashSet<string>(StringComparer.Ordinal) { "about", "open-data" };

    /// <summary>The error for a plan slug the site uses itself, or null when the slug is free.</summary>
    public static FieldError? CheckPlanSlug(string slug)
    {
        if (!SiteFolders.Contains(slug) && !StaticPages.Contains(slug))
        {
            return null;
        }

        var names = string.Join(", ", SiteFolders.Concat(StaticPages).Order(StringComparer.Ordinal));
        return new FieldError("slug", new(
            $"計畫代號「{slug}」是網站自用的名稱，不能作為計畫代號（保留的名稱：{names}）",
            $"the plan slug '{slug}' is a name the site uses itself and cannot name a plan (reserved: {names})"));
    }

    /// <summary>The error for a static page key the site uses itself, or null when the key is free.</summary>
    public static FieldError? CheckPageKey(string key)
    {
        if (!SiteFolders.Contains(key))
        {
            return null;
        }

        var names = string.Join(", ", SiteFolders.Order(StringComparer.Ordinal));
        return new FieldError("key", new(
            $"頁面代碼「{key}」是網站自用的名稱，不能作為頁面代碼（保留的名稱：{names}）",
            $"the page key '{key}' is a name the site uses itself and cannot name a page (reserved: {names})"));
    }
}
