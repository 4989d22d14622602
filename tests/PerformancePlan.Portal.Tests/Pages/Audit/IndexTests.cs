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

    [Fact]
    public async Task The_audit_trail_pages_by_keyset_newest_first_without_losing_or_repeating_an_entry()
    {
        var client = await factory.SignedIn(UserRole.Editor, "audit-pager");
        for (var i = 0; i < 150; i++)
        {
            // Two entries per second, so that pages also part entries of the same time.
            factory.Database.Scalar(
                "INSERT INTO audit_log (at, user_name, entity, entity_id, action, field, new_value) VALUES ($at, 'many-changes', 'plan', '1', 'update', 'vision_zh', $value)",
                new { at = $"2018-10-01T10:{i / 2 / 60:00}:{i / 2 % 60:00}Z", value = $"value {i:000}" });
        }

        var first = await client.GetDocument("/admin/audit?scope=all&user=many-changes");
        var values = first.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[5].TextContent).ToList();
        Assert.Equal(100, values.Count);
        Assert.Equal("value 149", values[0]);
        Assert.Single(first.QuerySelectorAll("main nav a[href]"));
        var older = first.QuerySelectorAll("main nav a[href*='before=']").Single().GetAttribute("href")!;
        Assert.Contains("user=many-changes", older, StringComparison.Ordinal);

        var second = await client.GetDocument(older);
        var rest = second.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[5].TextContent).ToList();
        Assert.Equal(50, rest.Count);
        var all = values.Concat(rest).ToList();
        Assert.Equal(Enumerable.Range(0, 150).Reverse().Select(i => $"value {i:000}"), all);
        Assert.Empty(second.QuerySelectorAll("main nav a[href*='before=']"));
        Assert.Single(second.QuerySelectorAll("main nav a[href]"));

        var refused = await client.GetDocument("/admin/audit?scope=all&user=many-changes&before=yesterday");
        Assert.Contains(PerformancePlan.Portal.Text.AdminText.ZhTw.FieldLabel("before"), refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(100, refused.QuerySelectorAll("tbody tr").Count);
    }
}
