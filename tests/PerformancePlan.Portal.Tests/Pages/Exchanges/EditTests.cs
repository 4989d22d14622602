namespace PerformancePlan.Portal.Tests.Pages.Exchanges;

/// <summary>Creating, editing and deleting an exchange entry, each with an audit entry.</summary>
public sealed class EditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_exchange_can_be_created_edited_and_deleted_each_with_an_audit_entry()
    {
        var client = await factory.SignedIn(UserRole.Editor, "exchange-editor");
        var before = factory.Database.Count("SELECT count(*) FROM exchanges");
        var created = await client.SubmitForm("/admin/exchanges/edit", new()
        {
            ["Input.Date"] = "2018-11-20", ["Input.Kind"] = "delegation_received", ["Input.PartnerCityZh"] = "測試市", ["Input.PartnerCityEn"] = "Testville",
            ["Input.CountryZh"] = "測試國", ["Input.CountryEn"] = "Testland", ["Input.DelegationSize"] = "7", ["Input.SummaryZh"] = "測試訪問團來訪。",
            ["Input.SummaryEn"] = "A test delegation visited.", ["Input.IndicatorCode"] = "1.2", ["Input.SourceUrl"] = "https://example.org/visit",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(before + 1, factory.Database.Count("SELECT count(*) FROM exchanges"));
        var id = factory.Database.Count("SELECT id FROM exchanges WHERE partner_city_zh = '測試市'");

        var edited = await client.SubmitForm($"/admin/exchanges/edit?id={id}", new() { ["Input.DelegationSize"] = "9" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(9L, factory.Database.Scalar("SELECT delegation_size FROM exchanges WHERE id = $id", new { id }));

        var confirm = await client.GetAsync($"/admin/exchanges/delete?id={id}");
        Assert.Contains("測試市", await confirm.Text(), StringComparison.Ordinal);
        Assert.Equal(before + 1, factory.Database.Count("SELECT count(*) FROM exchanges"));
        var deleted = await client.SubmitForm($"/admin/exchanges/delete?id={id}", new());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(before, factory.Database.Count("SELECT count(*) FROM exchanges"));

        var actions = factory.Database.Audit("exchange", "exchange-editor").Select(a => (a.Action, a.Field)).ToList();
        Assert.Equal([("create", ""), ("update", "delegation_size"), ("delete", "")], actions);
    }
}
