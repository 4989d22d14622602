using Ganss.Xss;
using Markdig;

namespace PerformancePlan.Portal.Markdown;

/// <summary>
/// Renders the Markdown editors write: Markdig for the syntax, then HtmlSanitizer so that no script,
/// event handler, style, frame or javascript: link survives, whatever the editor typed.
/// </summary>
public sealed class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .Build();

    private readonly HtmlSanitizer sanitizer;

    public SafeMarkdown()
    {
        sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowDataAttributes = false;
    }

    public string ToHtml(string? markdown)
    {
        var html = Markdig.Markdown.ToHtml(markdown ?? string.Empty, Pipeline);
        return sanitizer.Sanitize(html);
    }
}
