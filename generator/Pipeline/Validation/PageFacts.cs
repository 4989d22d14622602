namespace PerformancePlan.Generator.Pipeline.Validation;

/// <summary>
/// What one page says about itself and where it links: its title, the ids its anchors can name,
/// every distinct link that stays on the site (as written), and its hreflang alternates. Recorded
/// with each release, so a later build checks links to and from unchanged pages without reading them.
/// </summary>
internal sealed record PageFacts(
    string Title,
    IReadOnlySet<string> Ids,
    IReadOnlyList<string> Links,
    IReadOnlyDictionary<string, string> Alternates);

/// <summary>A link of a page resolved to the site file it reaches and the anchor it names.</summary>
internal readonly record struct ResolvedLink(string Link, string Target, string Fragment);
