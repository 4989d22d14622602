using PerformancePlan.Core;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;
using PerformancePlan.Generator.Text;

namespace PerformancePlan.Generator.Site;

/// <summary>What every page component knows about the page it renders: where it is, in which language, for which plan.</summary>
public sealed record PageContext
{
    public required string Path { get; init; }

    /// <summary>The page's language; the bilingual root page is rendered as zh-TW with English beside it.</summary>
    public required Language Language { get; init; }

    public required AssetMap Assets { get; init; }

    public required SiteInfo Site { get; init; }

    public PlanSnapshot? Snapshot { get; init; }

    /// <summary>True for the root page and the 404 page, which have no counterpart in the other language.</summary>
    public bool IsLanguageNeutral { get; init; }

    /// <summary>Links written from the site root (<c>/assets/…</c>) instead of relative ones: the 404 page is served at any address.</summary>
    public bool RootRelativeLinks { get; init; }

    public UiText Text => UiText.For(Language);

    public Plan? Plan => Snapshot?.Plan;

    /// <summary>The plan's derived figures: year results, achievements, statuses, overdue flags.</summary>
    public PlanFigures Figures => Site.FiguresOf(Snapshot ?? throw new InvalidOperationException("The page has no plan."));

    public string Lang => Language.Tag();

    /// <summary>A link from this page to the site path <paramref name="target"/>.</summary>
    public string Link(string target) => RootRelativeLinks ? "/" + target : SitePaths.Relative(Path, target);

    public string Asset(string logicalName) => Link(Assets.PathOf(logicalName));

    /// <summary>This page in <paramref name="language"/>: the same path with the language segment swapped.</summary>
    public string PathIn(Language language) => SitePaths.Translate(Path, Language, language);

    public TextRun T(Bilingual text) => TextRun.Of(text, Language);

    /// <summary>The "last updated" date the page shows: the plan's, or the newest of all plans' on site-wide pages.</summary>
    public DateOnly? LastUpdated => Snapshot?.LastUpdatedOn ?? Site.LastUpdated;
}
