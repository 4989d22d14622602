using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Site;

/// <summary>Page texts come from editors: the published page keeps their Markdown and none of their script.</summary>
public sealed class MarkdownPageTests : IDisposable
{
    private const string Hostile = """
        # 關於本站

        ## 資料來源

        **「政府」**資料 <script>alert(1)</script> <b onmouseover=alert(2)>粗</b>

        [安全連結](https://www.tycg.gov.tw/) [惡意連結](javascript:alert(3)) <a href="vbscript:msgbox(4)">x</a>

        <iframe src="https://evil.example/"></iframe><p onclick="alert(5)" style="color:red">段落</p>
        """;

    private readonly TempSite site = new(db =>
    {
        using var c = db.Open();
        c.Execute("UPDATE site_pages SET markdown = $m WHERE key = 'about' AND language = 'zh-TW'", null, new { m = Hostile });
    });

    public MarkdownPageTests() => site.Build();

    public void Dispose() => site.Dispose();

    [Fact]
    public void Editor_markdown_is_published_without_any_script_handler_frame_or_script_link()
    {
        var main = site.Page("zh-tw/about/").QuerySelector("main")!;
        var html = main.InnerHtml.ToLowerInvariant();

        Assert.Empty(main.QuerySelectorAll("script, iframe, a:not([href]), [onclick], [onmouseover], [style]"));
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("vbscript:", html, StringComparison.Ordinal);
        Assert.Equal("https://www.tycg.gov.tw/", main.QuerySelector("a[href^='https://www.tycg']")!.GetAttribute("href"));
        Assert.Contains("惡意連結", main.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_headings_keep_their_ids_and_cjk_emphasis_is_bold()
    {
        var main = site.Page("zh-tw/about/").QuerySelector("main")!;
        Assert.Equal("資料來源", main.QuerySelector("h2")!.Id);
        Assert.Equal("「政府」", main.QuerySelector("strong")!.TextContent);
        Assert.Equal("關於本站", main.QuerySelector("h1")!.TextContent.Trim());
    }
}
