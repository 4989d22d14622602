using System.Collections.Concurrent;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PerformancePlan.Core;
using PerformancePlan.Generator.OpenData;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline;

/// <summary>
/// Reads back everything the build wrote, before it may replace the published site: with AngleSharp,
/// every page must have a <c>lang</c>, a title, a description, one <c>&lt;main&gt;</c>, exactly one
/// <c>&lt;h1&gt;</c>, hreflang alternates that point at each other, and links, assets and anchors
/// that resolve; every CSV must read back to the rows the database holds and match its
/// datapackage.json; every XML file must parse.
/// </summary>
internal sealed class ValidateSite : IBuildStep
{
    private static readonly Uri SiteRoot = new("https://site.invalid/");

    public string Stage => "validate";

    public async Task RunAsync(BuildContext context)
    {
        var problems = new ConcurrentBag<SiteProblem>();
        var htmlFiles = context.Written.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var facts = new ConcurrentDictionary<string, PageFacts>(StringComparer.Ordinal);
        var done = 0;
        await Parallel.ForEachAsync(
            htmlFiles,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Options.MaxDegreeOfParallelism), CancellationToken = context.CancellationToken },
            async (file, ct) =>
            {
                var html = await File.ReadAllTextAsync(context.FullPath(file), ct);
                facts[file] = Read(file, html, context.Options.BaseUrl, problems);
                var n = Interlocked.Increment(ref done);
                if (n % 500 == 0)
                {
                    context.Report(Stage, n, htmlFiles.Count);
                }
            });

        CheckLinks(context, facts, problems);
        CheckAlternates(facts, problems);
        CheckTitles(facts, problems);
        CheckOpenData(context, problems);
        CheckXml(context, facts, problems);
        context.Report(Stage, htmlFiles.Count, htmlFiles.Count);

        if (!problems.IsEmpty)
        {
            throw new SiteValidationException(problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Problem, StringComparer.Ordinal).ThenBy(p => p.Link, StringComparer.Ordinal).ToList());
        }
    }

    /// <summary>What one page says about itself and where it links: each link resolved to a site file, once per distinct link.</summary>
    private sealed record PageFacts(
        string Title,
        HashSet<string> Ids,
        List<(string Link, string Target, string Fragment)> Links,
        Dictionary<string, string> Alternates);

    /// <summary>HtmlParser keeps no state between documents, so one per thread is reused rather than configured per page.</summary>
    private static readonly ThreadLocal<HtmlParser> Parsers = new(() => new HtmlParser(new HtmlParserOptions { DisableElementPositionTracking = true }));

    private static PageFacts Read(string file, string html, Uri? baseUrl, ConcurrentBag<SiteProblem> problems)
    {
        var document = Parsers.Value!.ParseDocument(html);
        if (string.IsNullOrWhiteSpace(document.DocumentElement.GetAttribute("lang")))
        {
            problems.Add(new(file, "the <html> element has no lang attribute"));
        }

        var title = document.Title?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            problems.Add(new(file, "the page has no <title>"));
        }

        int mains = 0, h1s = 0;
        var description = false;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<(string, string, string)>();
        var alternates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in document.All)
        {
            if (element.GetAttribute("id") is { Length: > 0 } id && !ids.Add(id))
            {
                problems.Add(new(file, "the id is used twice", "#" + id));
            }

            string? link = null;
            switch (element.LocalName)
            {
                case "main":
                    mains++;
                    break;
                case "h1":
                    h1s++;
                    break;
                case "meta":
                    description |= element.GetAttribute("name") == "description" && !string.IsNullOrWhiteSpace(element.GetAttribute("content"));
                    break;
                case "a":
                    link = element.GetAttribute("href");
                    if (link is null)
                    {
                        problems.Add(new(file, "a link has no href", element.TextContent.Trim()));
                    }

                    break;
                case "link":
                    link = element.GetAttribute("href");
                    if (element.GetAttribute("hreflang") is { } hreflang)
                    {
                        alternates[hreflang] = link ?? string.Empty;
                        link = null;
                    }

                    break;
                case "script":
                case "img":
                    link = element.GetAttribute("src");
                    break;
            }

            if (link is not null && seen.Add(link) && TryResolve(file, link, baseUrl, out var target, out var fragment))
            {
                links.Add((link, target, fragment));
            }
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

        return new PageFacts(title, ids, links, alternates);
    }

    private static void CheckLinks(BuildContext context, ConcurrentDictionary<string, PageFacts> facts, ConcurrentBag<SiteProblem> problems)
    {
        foreach (var (file, page) in facts)
        {
            foreach (var (link, target, fragment) in page.Links)
            {
                if (!context.Written.ContainsKey(target))
                {
                    problems.Add(new(file, "the link does not resolve to a file of the site", link));
                }
                else if (fragment.Length > 0 && facts.TryGetValue(target, out var targetPage) && !targetPage.Ids.Contains(fragment))
                {
                    problems.Add(new(file, "the link's anchor does not exist on its page", link));
                }
            }
        }
    }

    private static void CheckAlternates(ConcurrentDictionary<string, PageFacts> facts, ConcurrentBag<SiteProblem> problems)
    {
        foreach (var (file, page) in facts)
        {
            var language = LanguageExtensions.All.Cast<Language?>().FirstOrDefault(l => file.StartsWith(l!.Value.Segment() + "/", StringComparison.Ordinal));
            if (language is not { } own)
            {
                continue;
            }

            var self = PagePath(file);
            foreach (var tag in new[] { Language.ZhTw.Tag(), Language.En.Tag(), "x-default" })
            {
                if (!page.Alternates.ContainsKey(tag))
                {
                    problems.Add(new(file, $"the page has no hreflang alternate for {tag}"));
                }
            }

            if (page.Alternates.TryGetValue(own.Tag(), out var selfHref) && SitePathOf(selfHref) != self)
            {
                problems.Add(new(file, $"the hreflang {own.Tag()} alternate does not point at the page itself", selfHref));
            }

            var other = own.Other();
            if (!page.Alternates.TryGetValue(other.Tag(), out var otherHref))
            {
                continue;
            }

            var otherFile = SitePaths.FileOf(SitePathOf(otherHref));
            if (!facts.TryGetValue(otherFile, out var otherPage))
            {
                problems.Add(new(file, $"the hreflang {other.Tag()} alternate is not a page of the site", otherHref));
            }
            else if (!otherPage.Alternates.TryGetValue(own.Tag(), out var back) || SitePathOf(back) != self)
            {
                problems.Add(new(file, $"the {other.Tag()} page does not point back with hreflang {own.Tag()}", otherHref));
            }
        }
    }

    private static void CheckTitles(ConcurrentDictionary<string, PageFacts> facts, ConcurrentBag<SiteProblem> problems)
    {
        foreach (var group in facts.GroupBy(f => f.Value.Title).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            foreach (var (file, _) in group)
            {
                problems.Add(new(file, $"the title \"{group.Key}\" is used by {group.Count()} pages"));
            }
        }
    }

    private static void CheckOpenData(BuildContext context, ConcurrentBag<SiteProblem> problems) =>
        Parallel.ForEach(
            context.Plans,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Options.MaxDegreeOfParallelism), CancellationToken = context.CancellationToken },
            snapshot => CheckOpenData(context, snapshot, problems));

    private static void CheckOpenData(BuildContext context, PerformancePlan.Core.Plans.PlanSnapshot snapshot, ConcurrentBag<SiteProblem> problems)
    {
        var packagePath = SitePaths.DataPackage(snapshot.Plan.Slug);
        Dictionary<string, List<string>> schema;
        try
        {
            using var package = JsonDocument.Parse(File.ReadAllBytes(context.FullPath(packagePath)));
            schema = package.RootElement.GetProperty("resources").EnumerateArray().ToDictionary(
                r => r.GetProperty("path").GetString()!,
                r => r.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList());
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            problems.Add(new(packagePath, "datapackage.json cannot be read: " + ex.Message));
            return;
        }

        foreach (var dataset in Datasets.All)
        {
            var path = SitePaths.Csv(snapshot.Plan.Slug, dataset.Name);
            List<string[]> records;
            try
            {
                records = CsvReader.Read(File.ReadAllBytes(context.FullPath(path)));
            }
            catch (Exception ex) when (ex is FormatException or IOException or System.Text.DecoderFallbackException)
            {
                problems.Add(new(path, "the CSV cannot be read back: " + ex.Message));
                continue;
            }

            if (!schema.TryGetValue(dataset.FileName, out var fields) || !fields.SequenceEqual(dataset.Header))
            {
                problems.Add(new(path, "the CSV header does not equal the field names in datapackage.json"));
            }

            if (records.Count == 0 || !records[0].SequenceEqual(dataset.Header))
            {
                problems.Add(new(path, "the CSV header is not " + string.Join(",", dataset.Header)));
                continue;
            }

            var expected = dataset.Rows(context.Site.FiguresOf(snapshot)).ToList();
            if (records.Count - 1 != expected.Count)
            {
                problems.Add(new(path, $"the CSV has {records.Count - 1} rows; the database holds {expected.Count}"));
                continue;
            }

            for (var r = 0; r < expected.Count; r++)
            {
                var row = records[r + 1];
                if (row.Length != dataset.Fields.Count)
                {
                    problems.Add(new(path, $"row {r + 1} has {row.Length} cells for {dataset.Fields.Count} columns"));
                    continue;
                }

                for (var c = 0; c < row.Length; c++)
                {
                    if (!CellEquals(row[c], expected[r][c]))
                    {
                        problems.Add(new(path, $"row {r + 1}, column {dataset.Fields[c].Name} reads back as \"{row[c]}\", not as the database value \"{expected[r][c]}\""));
                    }
                }
            }
        }
    }

    /// <summary>A cell read back equals the database value: text after undoing the formula guard, numbers and dates by value.</summary>
    private static bool CellEquals(string cell, object? value) => value switch
    {
        null => cell.Length == 0,
        string s => CsvFormat.Restore(cell) == s,
        decimal d => decimal.TryParse(cell, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var x) && x == d,
        int i => int.TryParse(cell, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var x) && x == i,
        long l => long.TryParse(cell, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var x) && x == l,
        DateOnly date => DateOnly.TryParseExact(cell, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var x) && x == date,
        bool b => cell == (b ? "true" : "false"),
        _ => false,
    };

    private static void CheckXml(BuildContext context, ConcurrentDictionary<string, PageFacts> facts, ConcurrentBag<SiteProblem> problems)
    {
        foreach (var file in context.Written.Keys.Where(k => k.EndsWith(".xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            XDocument xml;
            try
            {
                xml = XDocument.Load(context.FullPath(file));
            }
            catch (System.Xml.XmlException ex)
            {
                problems.Add(new(file, "the XML does not parse: " + ex.Message));
                continue;
            }

            if (file == SitePaths.Sitemap)
            {
                XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
                foreach (var loc in xml.Descendants(ns + "loc").Select(l => l.Value))
                {
                    if (!facts.ContainsKey(SitePaths.FileOf(SitePathOf(loc))))
                    {
                        problems.Add(new(file, "the sitemap lists an address that is not a page of the site", loc));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Resolves a link written on a page in <paramref name="folder"/> to the site file it reaches;
    /// false for links that leave the site (another scheme or host). The generator writes plain
    /// relative and root paths, so they are resolved by segments; anything else goes through Uri.
    /// </summary>
    private static bool TryResolve(string file, string link, Uri? baseUrl, out string target, out string fragment)
    {
        var folder = SitePaths.FolderOf(file);
        if (baseUrl is not null && link.StartsWith(baseUrl.AbsoluteUri, StringComparison.Ordinal))
        {
            link = "/" + link[baseUrl.AbsoluteUri.Length..];
        }

        var hash = link.IndexOf('#', StringComparison.Ordinal);
        fragment = hash < 0 ? string.Empty : Uri.UnescapeDataString(link[(hash + 1)..]);
        var path = hash < 0 ? link : link[..hash];
        if (path.Length == 0)
        {
            target = file;
            return true;
        }

        if (path.Contains(':', StringComparison.Ordinal) || path.StartsWith("//", StringComparison.Ordinal) || path.Contains('?', StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(new Uri(SiteRoot, file), link, out var resolved) || resolved.Host != SiteRoot.Host || resolved.Scheme != SiteRoot.Scheme)
            {
                target = string.Empty;
                return false;
            }

            target = SitePaths.FileOf(Uri.UnescapeDataString(resolved.AbsolutePath.TrimStart('/')));
            return true;
        }

        var segments = new List<string>(path.StartsWith('/') ? [] : folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var parts = path.TrimStart('/').Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (part != "." && part.Length > 0)
            {
                segments.Add(Uri.UnescapeDataString(part));
            }
        }

        var joined = string.Join('/', segments);
        var isFolder = path.EndsWith('/') || parts[^1] is "." or "..";
        target = isFolder ? SitePaths.FileOf(joined.Length == 0 ? string.Empty : joined + "/") : joined;
        return true;
    }

    /// <summary>The site path an hreflang, sitemap or canonical address names.</summary>
    private static string SitePathOf(string href)
    {
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return Uri.UnescapeDataString(absolute.AbsolutePath.TrimStart('/'));
        }

        return href.TrimStart('/');
    }

    private static string PagePath(string file) =>
        file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
}
