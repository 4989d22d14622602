using System.Collections.Concurrent;
using System.Text;

namespace PerformancePlan.Generator.Pipeline.Validation;

/// <summary>
/// Reads one page with <see cref="HtmlTokens"/> and checks what can be checked on the page alone:
/// a <c>lang</c>, a title, a description, one <c>&lt;main&gt;</c>, exactly one <c>&lt;h1&gt;</c>, ids
/// used once and links with an address. Returns the page's <see cref="PageFacts"/> for the
/// site-wide checks. Every check concerns tags and their attributes, so the page is read as the
/// tokens a browser's parser sees (text, raw-text and foreign content told apart as the standard
/// says) without building its tree, which costs several times more than these checks. The render
/// step reads each page it renders here, from the string just rendered; validation reads from disk
/// only pages no step read.
/// </summary>
internal static class PageFactsReader
{
    /// <summary>
    /// Reads <paramref name="html"/>, the page at site path <paramref name="file"/>, adding what is
    /// wrong with it to <paramref name="problems"/>. Links under <paramref name="baseUrl"/> are links
    /// into the site. Ids, links and alternates kept in the facts are taken from
    /// <paramref name="strings"/> when it holds an equal one (a site's pages link to the same few
    /// hundred addresses), so a whole site's facts stay small; null keeps each page's own.
    /// </summary>
    public static PageFacts Read(string file, string html, Uri? baseUrl, ConcurrentBag<SiteProblem> problems, ConcurrentDictionary<string, string>? strings = null) =>
        Read(file, html.AsSpan(), baseUrl, problems, strings);

    /// <inheritdoc cref="Read(string, string, Uri?, ConcurrentBag{SiteProblem}, ConcurrentDictionary{string, string}?)"/>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static PageFacts Read(string file, ReadOnlySpan<char> html, Uri? baseUrl, ConcurrentBag<SiteProblem> problems, ConcurrentDictionary<string, string>? strings = null)
    {
        var tokens = new HtmlTokens(html);
        string? lang = null, title = null;
        StringBuilder? titleText = null, linkText = null;
        var sawHtml = false;
        int mains = 0, h1s = 0, foreign = 0;
        var description = false;
        var scratch = Scratch.ForThisThread();
        var ids = scratch.Ids;
        var links = scratch.Links;
        var seen = scratch.Seen;
        var alternates = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var token = tokens.Next(); token != HtmlToken.EndOfFile; token = tokens.Next())
        {
            if (token == HtmlToken.Text)
            {
                titleText?.Append(tokens.Text);
                linkText?.Append(tokens.Text);
                continue;
            }

            if (token == HtmlToken.EndTag)
            {
                switch (tokens.Name)
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

                Expect(ref tokens, titleText, linkText, foreign);
                continue;
            }

            if (tokens.TryGetAttribute("id", out var idValue) && idValue.Length > 0)
            {
                if (!ids.GetAlternateLookup<ReadOnlySpan<char>>().Contains(idValue))
                {
                    var id = SharedStrings.Of(strings, idValue);
                    ids.Add(id);
                    scratch.IdsInOrder.Add(id);
                }
                else
                {
                    problems.Add(new(file, "the id is used twice", "#" + idValue.ToString()));
                }
            }

            var hasLink = false;
            ReadOnlySpan<char> link = default;
            switch (tokens.Name)
            {
                case "html" when !sawHtml:
                    sawHtml = true;
                    lang = tokens.Attribute("lang");
                    break;
                case "svg" or "math" when !tokens.IsSelfClosing:
                    foreign++;
                    break;
                case "title" when foreign == 0:
                    tokens.Mode = HtmlTextMode.RcData;
                    titleText = title is null ? new StringBuilder() : null;
                    break;
                case "textarea" when foreign == 0:
                    tokens.Mode = HtmlTextMode.RcData;
                    break;
                case "style" or "xmp" or "iframe" or "noembed" or "noframes" when foreign == 0:
                    tokens.Mode = HtmlTextMode.RawText;
                    break;
                case "main":
                    mains++;
                    break;
                case "h1":
                    h1s++;
                    break;
                case "meta":
                    description |= tokens.Attribute("name") == "description" && !string.IsNullOrWhiteSpace(tokens.Attribute("content"));
                    break;
                case "a":
                    hasLink = tokens.TryGetAttribute("href", out link);
                    linkText = hasLink ? null : new StringBuilder();
                    break;
                case "link":
                    hasLink = tokens.TryGetAttribute("href", out link);
                    if (tokens.TryGetAttribute("hreflang", out var hreflang))
                    {
                        alternates[SharedStrings.Of(strings, hreflang)] = SharedStrings.Of(strings, link);
                        hasLink = false;
                    }

                    break;
                case "script":
                    hasLink = tokens.TryGetAttribute("src", out link);
                    if (foreign == 0)
                    {
                        tokens.Mode = HtmlTextMode.ScriptData;
                    }

                    break;
                case "img":
                    hasLink = tokens.TryGetAttribute("src", out link);
                    break;
            }

            // A link already seen on the page is looked up where it stands in the page, not copied out.
            if (hasLink && !seen.GetAlternateLookup<ReadOnlySpan<char>>().Contains(link))
            {
                var href = SharedStrings.Of(strings, link);
                seen.Add(href);
                if (LinkResolver.IsSiteLink(file, href, baseUrl))
                {
                    links.Add(href);
                }
            }

            Expect(ref tokens, titleText, linkText, foreign);
        }

        title = JudgePage(file, lang, title ?? titleText?.ToString(), description, mains, h1s, problems);

        // The facts outlive the build's rendering: kept at their exact size, in collections of their own.
        return new PageFacts(title, new HashSet<string>(scratch.IdsInOrder, StringComparer.Ordinal), links.ToArray(), alternates);
    }

    /// <summary>The growing collections a page is read with, one set per thread and emptied for each page, so reading a page allocates only what its facts keep.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? current;

        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public List<string> IdsInOrder { get; } = [];

        public List<string> Links { get; } = [];

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public static Scratch ForThisThread()
        {
            var scratch = current ??= new Scratch();
            scratch.Ids.Clear();
            scratch.IdsInOrder.Clear();
            scratch.Links.Clear();
            scratch.Seen.Clear();
            return scratch;
        }
    }

    /// <summary>Tells the tokens what comes next: text only while a title or a link without href is open, CDATA only in foreign content.</summary>
    private static void Expect(ref HtmlTokens tokens, StringBuilder? titleText, StringBuilder? linkText, int foreign)
    {
        tokens.WantsText = titleText is not null || linkText is not null;
        tokens.AcceptsCdata = foreign > 0;
    }

    /// <summary>
    /// The checks of a page as a whole, from what its tags said: a <c>lang</c>, a title, a meta
    /// description, one <c>&lt;main&gt;</c> and one <c>&lt;h1&gt;</c>. Returns the title as a browser shows it.
    /// </summary>
    internal static string JudgePage(string file, string? lang, string? rawTitle, bool description, int mains, int h1s, ConcurrentBag<SiteProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(lang))
        {
            problems.Add(new(file, "the <html> element has no lang attribute"));
        }

        var title = Collapse(rawTitle);
        if (title.Length == 0)
        {
            problems.Add(new(file, "the page has no <title>"));
        }

        if (!description)
        {
            problems.Add(new(file, "the page has no meta description"));
        }

        if (mains != 1)
        {
            problems.Add(new(file, $"the page has {mains} <main> elements instead of one"));
        }

        if (h1s != 1)
        {
            problems.Add(new(file, $"the page has {h1s} <h1> elements instead of exactly one"));
        }

        return title;
    }

    /// <summary>The title as a browser shows it: runs of white space as one space, none at the ends.</summary>
    private static string Collapse(string? text) =>
        text is null ? string.Empty : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
