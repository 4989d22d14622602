using PerformancePlan.Core;
using PerformancePlan.Core.Agencies;

namespace PerformancePlan.Portal.Tests.Pages.Agencies;

/// <summary>Deleting an agency: only one without plans, after a confirmation step, audited; one with plans is refused, naming them.</summary>
public sealed class DeleteTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_agency_without_plans_is_deleted_after_a_confirmation_step_and_the_deletion_is_audited()
    {
        Create("tourism", "觀光旅遊局", "Department of Tourism");
        var client = await factory.SignedIn(UserRole.Editor, "agency-deleter");
        var list = await client.GetDocument("/admin/agencies");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("tourism", StringComparison.Ordinal));
        Assert.Equal("/admin/agencies/delete?code=tourism", row.QuerySelector("a[href*='delete']")!.GetAttribute("href"));

        var confirm = await client.GetDocument("/admin/agencies/delete?code=tourism");
        Assert.Contains("觀光旅遊局", confirm.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(confirm.QuerySelector("form button.button--danger"));
        Assert.Equal(1, factory.Database.Count("SELECT count(*) FROM agencies WHERE code = 'tourism'"));

        var response = await client.SubmitForm("/admin/agencies/delete?code=tourism", new());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, factory.Database.Count("SELECT count(*) FROM agencies WHERE code = 'tourism'"));
        var entry = Assert.Single(factory.Database.Audit("agency", "agency-deleter"));
        Assert.Equal(("tourism", "delete", "觀光旅遊局 / Department of Tourism"), (entry.EntityId, entry.Action, entry.OldValue));
        Assert.DoesNotContain((await client.GetDocument("/admin/agencies")).QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("tourism", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_agency_with_plans_offers_no_deletion_and_a_posted_one_is_refused_naming_its_plans_and_nothing_changes()
    {
        Create("sports", "體育局", "Department of Sports");
        var client = await factory.SignedIn(UserRole.Editor, "agency-over-deleter");
        var list = await client.GetDocument("/admin/agencies");
        var secretariat = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("secretariat", StringComparison.Ordinal));
        Assert.Null(secretariat.QuerySelector("a[href*='delete']"));

        var page = await client.GetDocument("/admin/agencies/delete?code=secretariat");
        Assert.Contains("107-secretariat", page.QuerySelector("#agency-plans")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("不能刪除", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));

        // A deletion posted all the same (another agency's confirmation, sent to this one's address) is refused.
        var form = (await client.GetDocument("/admin/agencies/delete?code=sports")).Forms.Cast<AngleSharp.Html.Dom.IHtmlFormElement>().Single(f => f.GetAttribute("action") is null or "");
        var version = factory.Database.Count("SELECT version FROM agencies WHERE code = 'secretariat'");
        var response = await client.PostForm(form, "/admin/agencies/delete?code=secretariat", new() { ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refusal = await Forms.Parse(response);
        var error = refusal.QuerySelector(".error-summary a[href='#agency-plans']")!.TextContent;
        Assert.Contains("107-secretariat", error, StringComparison.Ordinal);
        Assert.Contains("不能刪除", error, StringComparison.Ordinal);
        Assert.Equal(1, factory.Database.Count("SELECT count(*) FROM agencies WHERE code = 'secretariat'"));
        Assert.Empty(factory.Database.Audit("agency", "agency-over-deleter"));
    }

    [Fact]
    public async Task A_deletion_confirmed_after_someone_renamed_the_agency_shows_the_conflict_and_deletes_nothing()
    {
        Create("labor", "勞動局", "Department of Labor");
        var client = await factory.SignedIn(UserRole.Editor, "agency-late-deleter");
        var url = "/admin/agencies/delete?code=labor";
        var form = (await client.GetDocument(url)).Forms.Cast<AngleSharp.Html.Dom.IHtmlFormElement>().Single(f => f.GetAttribute("action") is null or "");
        var store = factory.Services.GetRequiredService<AgencyStore>();
        store.Update("labor", new Bilingual("勞工局", "Department of Labor"), 50, store.Find("labor")!.Version, new ChangeContext("someone-else", DateTimeOffset.UtcNow));

        var response = await client.PostForm(form, url, new());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await Forms.Parse(response)).QuerySelector(".error-summary.conflict"));
        Assert.Equal("勞工局", factory.Database.Scalar("SELECT name_zh FROM agencies WHERE code = 'labor'"));
        Assert.Empty(factory.Database.Audit("agency", "agency-late-deleter"));
    }

    private void Create(string code, string zh, string en)
    {
        var store = factory.Services.GetRequiredService<AgencyStore>();
        if (store.Find(code) is null)
        {
            store.Create(code, new Bilingual(zh, en), 900, new ChangeContext("test", DateTimeOffset.UtcNow));
        }
    }
}
