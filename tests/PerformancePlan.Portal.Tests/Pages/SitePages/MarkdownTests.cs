using PerformancePlan.Generator.Site;

namespace PerformancePlan.Portal.Tests.Pages.SitePages;

/// <summary>The preview's Markdown renderer keeps no script.</summary>
public sealed class MarkdownTests
{
    public static TheoryData<string> Payloads => new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"javascript:alert(1)\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<a href=\"javascript:alert(1)\">click</a>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](javascript:alert(1))",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<body onload=alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<p onclick=\"alert(1)\">x</p>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void No_script_survives_rendering(string payload)
    {
        var html = new SafeMarkdown().ToHtml("Text before\n\n" + payload + "\n\nText after");
        var lower = html.ToLowerInvariant();
        foreach (var forbidden in new[] { "<script", "javascript:", "vbscript:", "data:text/html", "<iframe", "<object", "<embed", "<style", "style=", "<form", "<meta", "<base", "<link", "<input", "<svg" })
        {
            Assert.DoesNotContain(forbidden, lower, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(@"<[^>]+\son[a-z]+\s*=", lower);
        Assert.Contains("Text before", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_markdown_still_renders()
    {
        var html = new SafeMarkdown().ToHtml("# 關於本站\n\n**粗體** 與 [連結](https://example.org)\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("<strong>粗體</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
    }
}
