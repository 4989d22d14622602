using PerformancePlan.Core;

namespace PerformancePlan.Generator.Site;

/// <summary>
/// Where every page and file of the site lives. A page path is a directory path relative to the
/// site root with a trailing slash (<c>zh-tw/107-secretariat/goals/1/</c>; the root is <c>""</c>),
/// written as that directory's <c>index.html</c>; a file path has no trailing slash.
/// </summary>
public static class SitePaths
{
    public const string Root = "";
    public const string NotFound = "404.html";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";
    public const string AssetsFolder = "assets/";

    public static string LanguageHome(Language language) => language.Segment() + "/";

    public static string About(Language language) => language.Segment() + "/about/";

    public static string OpenDataGuide(Language language) => language.Segment() + "/open-data/";

    public static string PlanHome(Language language, string slug) => $"{language.Segment()}/{slug}/";

    public static string Goal(Language language, string slug, int goal) =>
        $"{language.Segment()}/{slug}/goals/{goal.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";

    public static string Exchanges(Language language, string slug) => $"{language.Segment()}/{slug}/exchanges/";

    public static string ExchangeFeed(Language language, string slug) => $"{language.Segment()}/{slug}/exchanges/feed.xml";

    public static string Budget(Language language, string slug) => $"{language.Segment()}/{slug}/budget/";

    public static string ESignature(Language language, string slug) => $"{language.Segment()}/{slug}/e-signature/";

    public static string OpenData(Language language, string slug) => $"{language.Segment()}/{slug}/open-data/";

    public static string Agency(Language language, string code) => $"{language.Segment()}/agencies/{code}/";

    public static string Chain(Language language, string agencyCode, long chainId) =>
        $"{language.Segment()}/agencies/{agencyCode}/indicators/{chainId.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";

    /// <summary>The indicator explorer: every indicator of every plan, filterable.</summary>
    public static string Explorer(Language language) => language.Segment() + "/indicators/";

    /// <summary>One fiscal year of the explorer as a plain page: every plan's indicators of that year.</summary>
    public static string ExplorerYear(Language language, int rocYear) =>
        $"{language.Segment()}/indicators/{rocYear.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";

    /// <summary>The compact index the explorer's script filters, in the page's language.</summary>
    public static string ExplorerIndex(Language language) => language.Segment() + "/indicators/index.json";

    public static string ChainCsv(long chainId) => $"data/chains/{chainId.ToString(System.Globalization.CultureInfo.InvariantCulture)}.csv";

    /// <summary>Every plan with its results: the city overview's CSV.</summary>
    public const string AllPlansCsv = "data/all/plans.csv";

    /// <summary>A per-plan dataset for every plan in one file: <c>data/all/indicators.csv</c>.</summary>
    public static string AllCsv(string dataset) => $"data/all/{dataset}.csv";

    public const string AllDataPackage = "data/all/datapackage.json";

    /// <summary>Everything in <c>data/all/</c> in one download.</summary>
    public const string AllZip = "data/all.zip";

    /// <summary>The descriptor of an agency's files: its plans, its chains and its e-signature years.</summary>
    public static string AgencyDataPackage(string code) => $"data/agencies/{code}/datapackage.json";

    /// <summary>The descriptor of every chain's file, and the one Table Schema they share.</summary>
    public const string ChainsDataPackage = "data/chains/datapackage.json";

    public const string ChainsSchema = "data/chains/" + PerformancePlan.Generator.OpenData.DataPackageJson.ChainSchemaFile;

    public static string AgencyPlansCsv(string code) => $"data/agencies/{code}/plans.csv";

    public static string AgencyChainsCsv(string code) => $"data/agencies/{code}/chains.csv";

    /// <summary>An agency's e-signature ratio by year against each year's target.</summary>
    public static string AgencyESignatureCsv(string code) => $"data/agencies/{code}/e-signature-years.csv";

    public static string Csv(string slug, string dataset) => $"data/{slug}/{dataset}.csv";

    public static string DataPackage(string slug) => $"data/{slug}/datapackage.json";

    /// <summary>The same page in another language: the language segment swapped; paths outside a language folder stay as they are.</summary>
    public static string Translate(string path, Language from, Language to)
    {
        var segment = from.Segment() + "/";
        return path.StartsWith(segment, StringComparison.Ordinal) ? to.Segment() + "/" + path[segment.Length..] : path;
    }

    /// <summary>The file a path is written to: a page path gets <c>index.html</c>.</summary>
    public static string FileOf(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;

    /// <summary>The folder a page or file sits in, for resolving relative links from it.</summary>
    public static string FolderOf(string path) =>
        path.Length == 0 || path.EndsWith('/') ? path : path[..(path.LastIndexOf('/') + 1)];

    /// <summary>
    /// A relative link from the page at <paramref name="from"/> to <paramref name="to"/>, so the
    /// site works from any folder and from disk; <c>./</c> for a link to the same folder.
    /// </summary>
    public static string Relative(string from, string to)
    {
        // Whole folder segments shared with the target are dropped (never the target's last
        // segment); every folder segment left costs one "../". Called for every link of every page,
        // so it walks the two strings instead of splitting them.
        var folder = FolderOf(from);
        int f = 0, t = 0;
        while (true)
        {
            while (f < folder.Length && folder[f] == '/')
            {
                f++;
            }

            var targetEnd = to.IndexOf('/', t);
            if (f >= folder.Length || targetEnd < 0)
            {
                break;
            }

            var folderEnd = folder.IndexOf('/', f);
            folderEnd = folderEnd < 0 ? folder.Length : folderEnd;
            if (!folder.AsSpan(f, folderEnd - f).SequenceEqual(to.AsSpan(t, targetEnd - t)))
            {
                break;
            }

            f = folderEnd;
            t = targetEnd + 1;
        }

        var ups = 0;
        for (var i = f; i < folder.Length; i++)
        {
            if (folder[i] != '/' && (i == 0 || folder[i - 1] == '/'))
            {
                ups++;
            }
        }

        var rest = to.Length - t;
        if (ups == 0)
        {
            return rest == 0 ? "./" : t == 0 ? to : to[t..];
        }

        return string.Create((ups * 3) + rest, (ups, to, t), static (span, state) =>
        {
            for (var i = 0; i < state.ups; i++)
            {
                "../".CopyTo(span[(i * 3)..]);
            }

            state.to.AsSpan(state.t).CopyTo(span[(state.ups * 3)..]);
        });
    }
}
