using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PerformancePlan.Generator.Site;

/// <summary>A Markdown page rendered to HTML: its leading heading as the title, the rest as the body.</summary>
public sealed record MarkdownContent(TextRun Title, string Summary, string Html)
{
    public static MarkdownContent Render(string markdown, string fallbackTitle, string? fallbackLanguage)
    {
        var document = Markdown.Parse(markdown, SafeMarkdown.Pipeline);
        var title = fallbackTitle;
        if (document.FirstOrDefault() is HeadingBlock { Level: 1 } heading)
        {
            title = PlainText(heading.Inline);
            document.Remove(heading);
        }

        var summary = document.OfType<ParagraphBlock>().Select(p => PlainText(p.Inline)).FirstOrDefault(t => t.Length > 0) ?? title;
        if (summary.Length > 160)
        {
            summary = summary[..157] + "…";
        }

        return new MarkdownContent(new TextRun(title, fallbackLanguage), summary, SafeMarkdown.Instance.ToHtml(document));
    }

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder();
        foreach (var item in inline.Descendants())
        {
            switch (item)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
            }
        }

        return text.ToString().Trim();
    }
}
