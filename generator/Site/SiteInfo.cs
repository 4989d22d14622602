using PerformancePlan.Core;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Generator.Site;

/// <summary>What site-wide pages need to know: every plan, the static page texts, and the public address when known.</summary>
public sealed record SiteInfo(
    IReadOnlyList<PlanSnapshot> Plans,
    IReadOnlyDictionary<(string Key, string Language), string> SitePages,
    Uri? BaseUrl,
    DateOnly AsOf)
{
    private readonly Dictionary<string, PlanFigures> figures = Plans.ToDictionary(p => p.Plan.Slug, p => PlanFigures.Of(p, AsOf), StringComparer.Ordinal);

    /// <summary>The plan's derived figures as of the build's date, computed once per build.</summary>
    public PlanFigures FiguresOf(PlanSnapshot plan) => figures[plan.Plan.Slug];

    public DateOnly? LastUpdated { get; } = Plans.Count == 0 ? null : Plans.Max(p => p.LastUpdatedOn);

    /// <summary>The Markdown of a site page in <paramref name="language"/>, falling back to zh-TW (marked by the caller).</summary>
    public (string Markdown, bool IsFallback)? SitePage(string key, Language language)
    {
        if (SitePages.TryGetValue((key, language.Tag()), out var markdown) && !string.IsNullOrWhiteSpace(markdown))
        {
            return (markdown, false);
        }

        return SitePages.TryGetValue((key, Language.ZhTw.Tag()), out var zh) ? (zh, language != Language.ZhTw) : null;
    }

    /// <summary>An absolute address for <paramref name="sitePath"/> when the public address is known, else one from the site root.</summary>
    public string Absolute(string sitePath) => BaseUrl is null ? "/" + sitePath : new Uri(BaseUrl, sitePath).ToString();
}
