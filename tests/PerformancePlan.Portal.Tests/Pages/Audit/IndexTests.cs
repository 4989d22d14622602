namespace PerformancePlan.Portal.Tests.Pages.Audit;

/// <summary>The audit trail, filtered and as CSV.</summary>
public sealed class IndexTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_audit_trail_downloads_as_csv_with_a_bom_and_formulas_neutralised()
    {
        var client = await factory.SignedIn(UserRole.Editor, "formula-editor");
        await client.SubmitForm("/admin/exchanges/edit", new()
        {
            ["Input.Date"] = "2018-10-01", ["Input.Kind"] = "delegation_received", ["Input.PartnerCityZh"] = "=HYPERLINK(\"http://evil\")", ["Input.CountryZh"] = "某國", ["Input.SummaryZh"] = "公式測試",
        });
        var response = await client.GetAsync("/admin/audit?handler=csv&scope=all&user=formula-editor");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("id,at,user_name,", text, StringComparison.Ordinal);
        Assert.Contains("formula-editor", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", text, StringComparison.Ordinal);
        Assert.Equal("'=1+2", Generator.OpenData.CsvFormat.Neutralise("=1+2"));
        Assert.Equal("'@SUM(A1)", Generator.OpenData.CsvFormat.Neutralise("@SUM(A1)"));
    }

    [Fact]
    public async Task The_audit_page_filters_by_user()
    {
        var client = await factory.SignedIn(UserRole.Editor, "audit-reader");
        var html = await (await client.GetAsync("/admin/audit?scope=all&user=nobody-at-all")).Text();
        Assert.Contains("0", (await Forms.Parse(await client.GetAsync("/admin/audit?scope=all&user=nobody-at-all"))).QuerySelector("#audit-caption")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>system</td>", html, StringComparison.Ordinal);
        var system = await (await client.GetAsync("/admin/audit?scope=all&user=system")).Text();
        Assert.Contains("<td>system</td>", system, StringComparison.Ordinal);
    }
}
