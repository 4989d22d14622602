using PerformancePlan.Core;
using PerformancePlan.Core.Chains;
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
    private readonly Lazy<IndicatorChains> chains = new(() => IndicatorChains.Of(Plans.Select(p => p.Plan)));
    private readonly Lazy<IReadOnlyList<AgencyPlans>> agencies = new(() => AgencyPlans.Of(Plans));

    /// <summary>The city the agencies belong to, as the plans were read with it.</summary>
    public Bilingual City => Plans.Count == 0 ? Bilingual.Empty : Plans[0].Plan.City;

    /// <summary>Every indicator's chain across years, computed once per build.</summary>
    public IndicatorChains Chains => chains.Value;

    /// <summary>Every agency with a plan, in the city's order, each with its plans newest first.</summary>
    public IReadOnlyList<AgencyPlans> Agencies => agencies.Value;

    /// <summary>Every fiscal year any plan has, newest first.</summary>
    public IReadOnlyList<int> Years => Plans.Select(p => p.Plan.RocYear).Distinct().OrderDescending().ToList();

    private readonly Dictionary<string, PlanFigures> figures = Plans.ToDictionary(p => p.Plan.Slug, p => PlanFigures.Of(p, AsOf), StringComparer.Ordinal);
    private Dictionary<long, IndicatorResult>? results;

    /// <summary>The plan's derived figures as of the build's date, computed once per build.</summary>
    public PlanFigures FiguresOf(PlanSnapshot plan) => figures[plan.Plan.Slug];

    /// <summary>An indicator's figures as of the build's date, from its plan's <see cref="PlanFigures"/>: the one place every page takes them from.</summary>
    public IndicatorResult ResultOf(Indicator indicator) =>
        (results ??= figures.Values.SelectMany(f => f.Results).ToDictionary(r => r.Indicator.Id))[indicator.Id];

    /// <summary>The agency's years with e-signature months, oldest first, each with its ratio from its plan's figures.</summary>
    public IReadOnlyList<ESignatureYear> ESignatureYearsOf(string agencyCode) =>
        ESignatureYear.Of(Agencies.Where(a => a.Code == agencyCode).SelectMany(a => a.Plans).Select(FiguresOf));

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

/// <summary>An agency and its plans, newest first.</summary>
public sealed record AgencyPlans(string Code, Bilingual Name, IReadOnlyList<PlanSnapshot> Plans)
{
    public PlanSnapshot? In(int rocYear) => Plans.FirstOrDefault(p => p.Plan.RocYear == rocYear);

    public static IReadOnlyList<AgencyPlans> Of(IEnumerable<PlanSnapshot> plans) =>
        plans.GroupBy(p => p.Plan.AgencyCode, StringComparer.Ordinal)
            .Select(g => (Sort: g.Min(p => p.Plan.AgencySortOrder), Agency: new AgencyPlans(
                g.Key,
                g.MaxBy(p => p.Plan.RocYear)!.Plan.Agency,
                g.OrderByDescending(p => p.Plan.RocYear).ToList())))
            .OrderBy(a => a.Sort).ThenBy(a => a.Agency.Code, StringComparer.Ordinal)
            .Select(a => a.Agency)
            .ToList();
}
