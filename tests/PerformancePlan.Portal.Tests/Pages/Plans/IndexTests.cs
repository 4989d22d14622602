namespace PerformancePlan.Portal.Tests.Pages.Plans;

/// <summary>
/// The plan choice on every page offers the chosen agency's years; the plan picker lists and searches
/// every plan and opens the page the editor came from; the dashboard lists the newest plans and opens in full.
/// </summary>
public sealed class IndexTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_plan_choice_offers_the_agencys_years_and_links_to_the_picker_which_finds_another_agencys_plan_for_the_same_page()
    {
        var client = await factory.SignedIn(UserRole.Editor, "plan-picker");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitForm("/admin/newyear?plan=107-secretariat", new())).StatusCode);
        AddAgencyWithPlans("parks", "公園管理處", "Parks Office", 107);

        var budget = await client.GetDocument("/admin/budget?plan=107-secretariat");
        var options = budget.QuerySelectorAll("#plan-choice option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["108-secretariat", "107-secretariat"], options);
        Assert.Equal("107-secretariat", budget.QuerySelector("#plan-choice option[selected]")!.GetAttribute("value"));
        var picker = budget.QuerySelector("main .plan-choice a[href*='/admin/plans']")!.GetAttribute("href")!;
        Assert.Contains("for=%2Fadmin%2Fbudget", picker, StringComparison.Ordinal);

        var all = await client.GetDocument(picker);
        Assert.Contains(all.QuerySelectorAll("main a[href]"), a => a.GetAttribute("href") == "/admin/budget?plan=107-secretariat");
        Assert.Contains(all.QuerySelectorAll("main a[href]"), a => a.GetAttribute("href") == "/admin/budget?plan=107-parks");

        var found = await client.GetDocument(picker + "&q=parks");
        var links = found.QuerySelectorAll("main table a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/admin/budget?plan=107-parks"], links);
        Assert.Contains("parks", found.QuerySelector("main [role='status']")!.TextContent, StringComparison.Ordinal);

        var byYear = await client.GetDocument("/admin/plans?for=%2Fadmin%2Fgoals&q=2019");
        Assert.Contains(byYear.QuerySelectorAll("main table a[href]"), a => a.GetAttribute("href") == "/admin/goals?plan=108-secretariat");
        Assert.DoesNotContain(byYear.QuerySelectorAll("main table a[href]"), a => a.GetAttribute("href")!.Contains("107-", StringComparison.Ordinal));

        var none = await client.GetDocument("/admin/plans?q=no-such-agency");
        Assert.Empty(none.QuerySelectorAll("main table"));
        Assert.Contains("no-such-agency", none.QuerySelector("main [role='status']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_picker_opens_only_admin_pages()
    {
        var client = await factory.SignedIn(UserRole.Editor, "plan-picker-target");
        foreach (var target in new[] { "https://elsewhere.example/admin", "//elsewhere.example/admin", "/public-page", "/admin/goals?plan=x" })
        {
            var page = await client.GetDocument("/admin/plans?for=" + Uri.EscapeDataString(target));
            var link = page.QuerySelector("main table a[href]")!.GetAttribute("href")!;
            Assert.StartsWith("/admin?plan=", link, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_dashboard_lists_the_newest_plans_and_opens_the_list_in_full()
    {
        var client = await factory.SignedIn(UserRole.Editor, "plan-lister");
        AddAgencyWithPlans("archive", "檔案館", "Archives", Enumerable.Range(60, 25).ToArray());
        var total = (int)factory.Database.Count("SELECT count(*) FROM plans");

        var dashboard = await client.GetDocument("/admin");
        var listed = dashboard.QuerySelectorAll("#plans-title ~ ul > li");
        Assert.Equal(20, listed.Length);
        var status = dashboard.QuerySelector("#plans-title ~ p[role='status']")!.TextContent;
        Assert.Contains(total.ToString(System.Globalization.CultureInfo.InvariantCulture), status, StringComparison.Ordinal);
        var all = dashboard.QuerySelector("a[href*='plans=all']")!.GetAttribute("href")!;

        var full = await client.GetDocument(all);
        Assert.Equal(total, full.QuerySelectorAll("#plans-title ~ ul > li").Length);
        Assert.Null(full.QuerySelector("#plans-title ~ p[role='status']"));
    }

    private void AddAgencyWithPlans(string code, string nameZh, string nameEn, params int[] years)
    {
        factory.Database.Scalar("INSERT INTO agencies (code, name_zh, name_en, sort_order) VALUES ($code, $nameZh, $nameEn, 50)", new { code, nameZh, nameEn });
        foreach (var year in years)
        {
            factory.Database.Scalar(
                "INSERT INTO plans (slug, roc_year, vision_zh, updated_on, agency_id) VALUES ($slug, $year, '願景', '2018-01-01', (SELECT id FROM agencies WHERE code = $code))",
                new { slug = $"{year}-{code}", year, code });
        }
    }
}
