using System.Collections.Concurrent;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using PerformancePlan.Generator.Pipeline;
using PerformancePlan.Generator.Pipeline.Validation;

namespace PerformancePlan.Generator.Tests.Pipeline.Validation;

/// <summary>
/// The oracle for <see cref="PageFactsReader"/>: the same checks made on the tokens of AngleSharp's
/// HTML tokenizer, as validation made them before it had a tokenizer of its own (CDATA sections
/// are now accepted in svg and math, as the standard says). Checks on one page: a <c>lang</c>, a title, a description, one <c>&lt;main&gt;</c>, exactly one <c>&lt;h1&gt;</c>, ids
/// used once and links with an address. Returns the page's <see cref="PageFacts"/> for the
/// site-wide checks. Every check concerns tags and their attributes, so the page is read as the
/// tokens a browser's parser sees (text, raw-text and foreign content told apart as the standard
/// says) without building its tree, which costs several times more than these checks.
/// </summary>
internal static class AngleSharpPageFactsReader
{
    public static PageFacts Read(string file, string html, Uri? baseUrl, ConcurrentBag<SiteProblem> problems)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        string? lang = null, title = null;
        StringBuilder? titleText = null, linkText = null;
        var sawHtml = false;
        int mains = 0, h1s = 0, foreign = 0;
        var description = false;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var alternates = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; tokenizer.IsAcceptingCharacterData = foreign > 0, token = tokenizer.Get())
        {
            if (token.Type == HtmlTokenType.Character)
            {
                titleText?.Append(token.Data);
                linkText?.Append(token.Data);
                continue;
            }

            if (token.Type == HtmlTokenType.EndTag)
            {
                switch (token.Name)
                {
                    case "svg" or "math" when foreign > 0:
                        foreign--;
                        break;
                    case "title" when titleText is not null:
                        title = titleText.ToString();
                        titleText = null;
                        break;
                    case "a" when linkText is not null:
                        problems.Add(new(file, "a link has no href", linkText.ToString().Trim()));
                        linkText = null;
                        break;
                }

                continue;
            }

            if (token.Type != HtmlTokenType.StartTag)
            {
                continue;
            }

            var tag = (HtmlTagToken)token;
            if (tag.GetAttribute("id") is { Length: > 0 } id && !ids.Add(id))
            {
                problems.Add(new(file, "the id is used twice", "#" + id));
            }

            string? link = null;
            switch (tag.Name)
            {
                case "html" when !sawHtml:
                    sawHtml = true;
                    lang = tag.GetAttribute("lang");
                    break;
                case "svg" or "math" when !tag.IsSelfClosing:
                    foreign++;
                    break;
                case "title" when foreign == 0:
                    tokenizer.State = HtmlParseMode.RCData;
                    titleText = title is null ? new StringBuilder() : null;
                    break;
                case "textarea" when foreign == 0:
                    tokenizer.State = HtmlParseMode.RCData;
                    break;
                case "style" or "xmp" or "iframe" or "noembed" or "noframes" when foreign == 0:
                    tokenizer.State = HtmlParseMode.Rawtext;
                    break;
                case "main":
                    mains++;
                    break;
                case "h1":
                    h1s++;
                    break;
                case "meta":
                    description |= tag.GetAttribute("name") == "description" && !string.IsNullOrWhiteSpace(tag.GetAttribute("content"));
                    break;
                case "a":
                    link = Attribute(tag, "href");
                    linkText = link is null ? new StringBuilder() : null;
                    break;
                case "link":
                    link = Attribute(tag, "href");
                    if (Attribute(tag, "hreflang") is { } hreflang)
                    {
                        alternates[hreflang] = link ?? string.Empty;
                        link = null;
                    }

                    break;
                case "script":
                    link = Attribute(tag, "src");
                    if (foreign == 0)
                    {
                        tokenizer.State = HtmlParseMode.Script;
                    }

                    break;
                case "img":
                    link = Attribute(tag, "src");
                    break;
            }

            if (link is not null && seen.Add(link) && LinkResolver.TryResolve(file, link, baseUrl, out _, out _))
            {
                links.Add(link);
            }
        }

        title = PageFactsReader.JudgePage(file, lang, title ?? titleText?.ToString(), description, mains, h1s, problems);

        return new PageFacts(title, ids, links, alternates);
    }

    /// <summary>An attribute's value, or null when the tag does not have it (an empty value is a value).</summary>
    private static string? Attribute(HtmlTagToken tag, string name)
    {
        foreach (var attribute in tag.Attributes)
        {
            if (attribute.Name == name)
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
