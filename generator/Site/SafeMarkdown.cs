using Ganss.Xss;
using Markdig;
using Markdig.Syntax;

namespace PerformancePlan.Generator.Site;

/// <summary>
/// Renders the Markdown editors write, the same way for the admin's preview and the published
/// site: Markdig for the syntax, then HtmlSanitizer so that no script, event handler, style, frame
/// or javascript: link survives, whatever the editor typed.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A service the portal takes from dependency injection; its members stay instance members.")]
public sealed class SafeMarkdown
{
    /// <summary>
    /// GitHub-style heading ids keep Chinese headings addressable (the default turns them into
    /// "section"); CJK-friendly emphasis makes <c>**「政府」**</c> bold.
    /// </summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseAdvancedExtensions()
        .UseCjkFriendlyEmphasis()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static SafeMarkdown Instance { get; } = new();

    public string ToHtml(string? markdown) => Sanitize(Markdown.ToHtml(markdown ?? string.Empty, Pipeline));

    /// <summary>Renders an already parsed document (e.g. one whose title was taken out).</summary>
    public string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return Sanitize(writer.ToString());
    }

    private static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedTags.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowDataAttributes = false;

        // A link whose address was removed as unsafe is left as its text, not as a dead <a>.
        sanitizer.PostProcessDom += (_, e) =>
        {
            foreach (var link in e.Document.QuerySelectorAll("a:not([href])").ToList())
            {
                link.Replace([.. link.ChildNodes]);
            }
        };
        return sanitizer;
    }
}
