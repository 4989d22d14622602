using PerformancePlan.Core.Plans;
using PerformancePlan.Generator.Bench;
using PerformancePlan.Generator.Pipeline;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Pipeline;

/// <summary>The pages of an agency across its years (agency page, indicator chains) in a rebuild: reused while its plans are unchanged, made again when one changes.</summary>
public sealed class AgencyReuseTests : IDisposable
{
    private readonly TempSite site = new(db => SampleCity.Write(db, 3, 106, 108, new DateOnly(2020, 1, 15)), seed: false) { AsOf = new DateOnly(2020, 1, 15) };

    public void Dispose() => site.Dispose();

    private string Release(string name) => Path.Combine(site.Directory, "releases", name);

    private BuildResult Build(string name, string? previous) =>
        SiteBuilder.BuildAsync(site.Options(Release(name)) with { PreviousRelease = previous is null ? null : Release(previous) }).GetAwaiter().GetResult();

    [Fact]
    public void A_changed_figure_renders_again_only_its_own_agencys_pages_across_years_and_the_site_equals_a_build_from_nothing()
    {
        var first = Build("1", null);
        var plans = new PlanReader(site.Database).LoadAll();
        var edited = plans.First(p => p.Plan.Indicators.Any(i => i.Actuals.Count > 0));
        var indicator = edited.Plan.Indicators.First(i => i.Actuals.Count > 0);
        var actual = indicator.Actuals[0];
        new ActualStore(site.Database).Save(edited.Plan.Id, actual with { Value = actual.Value + 1 }, actual.Version, TempSite.Context);

        var changed = Build("2", "1");
        Build("3", null);

        Assert.Equal(TreeHash.Of(Release("3")), TreeHash.Of(Release("2")));
        var pages = Directory.EnumerateFiles(Release("1"), "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Release("1"), f).Replace(Path.DirectorySeparatorChar, '/')).ToList();
        bool OfAgency(string page, string agency) => page.Contains("/agencies/" + agency + "/", StringComparison.Ordinal);
        bool OfPlan(string page, PlanSnapshot plan) => page.Contains("/" + plan.Plan.Slug + "/", StringComparison.Ordinal);
        var agency = edited.Plan.AgencyCode;
        var ownAgency = pages.Count(p => OfAgency(p, agency));
        var otherAgencies = pages.Count(p => plans.Any(s => s.Plan.AgencyCode != agency && OfAgency(p, s.Plan.AgencyCode)));
        var ownPlans = pages.Count(p => plans.Any(s => s.Plan.AgencyCode == agency && OfPlan(p, s)));
        var siteWide = pages.Count(p => !p.Contains("/agencies/", StringComparison.Ordinal) && !plans.Any(s => OfPlan(p, s)));
        Assert.True(ownAgency > 0 && otherAgencies > 0, $"{ownAgency} pages of the edited agency, {otherAgencies} of the others");

        // Rendered again: the pages of the edited agency's plans (a plan's key includes its siblings'),
        // that agency's pages across years, and the pages that list every plan; not the other agencies' pages.
        Assert.Equal(ownPlans + ownAgency + siteWide, changed.PagesRendered);
    }

    [Fact]
    public void With_nothing_changed_only_the_pages_that_list_every_plan_are_rendered_again()
    {
        Build("1", null);
        var again = Build("2", "1");
        var slugs = new PlanReader(site.Database).ListPlans().Select(p => "/" + p.Slug + "/").ToList();
        var siteWide = Directory.EnumerateFiles(Release("1"), "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Release("1"), f).Replace(Path.DirectorySeparatorChar, '/'))
            .Count(p => !p.Contains("/agencies/", StringComparison.Ordinal) && !slugs.Any(s => p.Contains(s, StringComparison.Ordinal)));

        Assert.Equal(0, again.PagesWritten);
        Assert.Equal(siteWide, again.PagesRendered);
    }
}
