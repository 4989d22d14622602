namespace PerformancePlan.Portal.Tests.Pages.SitePages;

/// <summary>A static page's Markdown in both languages and its preview.</summary>
public sealed class EditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_site_page_is_saved_in_both_languages_and_its_preview_is_sanitised()
    {
        var client = await factory.SignedIn(UserRole.Editor, "page-editor");
        var response = await client.SubmitForm("/admin/sitepages/edit?key=about", new() { ["Input.MarkdownEn"] = "# About\n\nEdited <script>alert(1)</script>" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Edited", (string)factory.Database.Scalar("SELECT markdown FROM site_pages WHERE key = 'about' AND language = 'en'")!, StringComparison.Ordinal);
        Assert.Contains(factory.Database.Audit("site_page", "page-editor"), a => a.EntityId == "about/en");

        var preview = await client.GetDocument("/admin/sitepages/edit?key=about");
        Assert.Null(preview.QuerySelector("#preview-en script"));
        Assert.NotNull(preview.QuerySelector("#preview-en h1"));

        var token = preview.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var live = await client.PostAsync("/admin/sitepages/edit?handler=render&key=about", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["text"] = "**bold** <img src=x onerror=alert(1)> [x](javascript:alert(1))",
        }));
        var html = await live.Text();
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agencies")]
    [InlineData("indicators")]
    [InlineData("data")]
    public async Task A_page_key_the_site_uses_for_its_own_folders_is_refused_naming_the_field_and_nothing_is_saved(string key)
    {
        var client = await factory.SignedIn(UserRole.Editor, "page-squatter");
        var form = await client.GetDocument($"/admin/sitepages/edit?key={key}");
        Assert.Contains($"「{key}」", form.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var response = await client.SubmitForm($"/admin/sitepages/edit?key={key}", new() { ["Input.MarkdownZh"] = "# 搶用的頁面", ["Input.MarkdownEn"] = "# Squatter" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Forms.Parse(response);
        Assert.Contains("頁面代碼", document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("# Squatter", document.QuerySelector("#Input_MarkdownEn")!.TextContent);
        Assert.Equal(0, factory.Database.Count("SELECT count(*) FROM site_pages WHERE key = $key", new { key }));
    }
}
