using PerformancePlan.Core;
using PerformancePlan.Generator.Site;
using PerformancePlan.Generator.Site.Pages;
using PerformancePlan.Generator.Text;

namespace PerformancePlan.Generator.Pipeline;

/// <summary>Every page of the site for a set of plans: the root, per language the city overview, the indicator explorer and its year pages, agency pages, indicator chains and static pages, per plan and language its pages, and 404.</summary>
internal static class PageCatalog
{
    public static List<PageSpec> For(SiteInfo site) => For(site, StaticPages(site));

    /// <summary>The pages of <see cref="For(SiteInfo)"/>, with the static pages made by <see cref="StaticPages"/> already.</summary>
    public static List<PageSpec> For(SiteInfo site, IReadOnlyList<PageSpec> staticPages)
    {
        var pages = new List<PageSpec>
        {
            new(SitePaths.Root, Language.ZhTw, typeof(RootPage), IsLanguageNeutral: true),
            new(SitePaths.NotFound, Language.ZhTw, typeof(NotFoundPage), IsLanguageNeutral: true, RootRelativeLinks: true),
        };

        foreach (var language in LanguageExtensions.All)
        {
            pages.Add(new(SitePaths.LanguageHome(language), language, typeof(LanguageHomePage)));
            pages.AddRange(staticPages.Where(p => p.Language == language));
            pages.Add(new(SitePaths.Explorer(language), language, typeof(ExplorerPage)));
            foreach (var year in site.Years)
            {
                pages.Add(new(SitePaths.ExplorerYear(language, year), language, typeof(ExplorerYearPage), null,
                    new Dictionary<string, object?> { [nameof(ExplorerYearPage.Year)] = year }));
            }

            foreach (var agency in site.Agencies)
            {
                pages.Add(new(SitePaths.Agency(language, agency.Code), language, typeof(AgencyPage), null,
                    new Dictionary<string, object?> { [nameof(AgencyPage.Agency)] = agency }, AgencyCode: agency.Code));
            }

            foreach (var chain in site.Chains.All.Where(c => c.RunsAcrossYears))
            {
                pages.Add(new(SitePaths.Chain(language, chain.AgencyCode, chain.Id), language, typeof(IndicatorChainPage), null,
                    new Dictionary<string, object?> { [nameof(IndicatorChainPage.Chain)] = chain }, AgencyCode: chain.AgencyCode));
            }

            foreach (var snapshot in site.Plans)
            {
                var slug = snapshot.Plan.Slug;
                pages.Add(new(SitePaths.PlanHome(language, slug), language, typeof(PlanHomePage), snapshot));
                foreach (var goal in snapshot.Plan.Goals)
                {
                    pages.Add(new(SitePaths.Goal(language, slug, goal.Ordinal), language, typeof(GoalPage), snapshot,
                        new Dictionary<string, object?> { [nameof(GoalPage.Goal)] = goal }));
                }

                pages.Add(new(SitePaths.Exchanges(language, slug), language, typeof(ExchangesPage), snapshot));
                pages.Add(new(SitePaths.Budget(language, slug), language, typeof(BudgetPage), snapshot));
                pages.Add(new(SitePaths.ESignature(language, slug), language, typeof(ESignaturePage), snapshot));
                pages.Add(new(SitePaths.OpenData(language, slug), language, typeof(OpenDataPage), snapshot));
            }
        }

        return pages;
    }

    /// <summary>
    /// The static pages (about, the open-data guide) in each language: made from the site's page
    /// texts alone (<see cref="SiteInfo.SitePage"/>), so they can be made while the plans are read.
    /// </summary>
    public static IReadOnlyList<PageSpec> StaticPages(SiteInfo site) =>
        LanguageExtensions.All.SelectMany(language => new[]
        {
            StaticPage(site, SitePages.About, SitePaths.About(language), language, UiText.For(language).About, planLinks: false),
            StaticPage(site, SitePages.OpenDataGuide, SitePaths.OpenDataGuide(language), language, UiText.For(language).OpenDataGuide, planLinks: true),
        }).ToList();

    /// <summary>
    /// A static page from the <c>site_pages</c> table; when the language's text is missing, the
    /// Chinese text marked as pending translation; when the page has no text at all, the built-in
    /// title with the open-data list (the guide) or nothing more (about).
    /// </summary>
    private static PageSpec StaticPage(SiteInfo site, string key, string path, Language language, string defaultTitle, bool planLinks)
    {
        var source = site.SitePage(key, language);
        var content = source is { } s
            ? MarkdownContent.Render(s.Markdown, defaultTitle, s.IsFallback ? Language.ZhTw.Tag() : null)
            : new MarkdownContent(new TextRun(defaultTitle), defaultTitle, string.Empty);
        return new(path, language, typeof(MarkdownPage), null, new Dictionary<string, object?>
        {
            [nameof(Site.Pages.MarkdownPage.Content)] = content,
            [nameof(Site.Pages.MarkdownPage.PlanLinks)] = planLinks,
        });
    }
}
