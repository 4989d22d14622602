using System.Collections.Concurrent;
using PerformancePlan.Generator.Pipeline;
using PerformancePlan.Generator.Pipeline.Validation;

namespace PerformancePlan.Generator.Tests.Pipeline.Validation;

/// <summary>
/// Checking only what changed against the previous release's link graph finds exactly what
/// checking the whole new site finds, whatever changed.
/// </summary>
public class LinkChecksTests
{
    private static readonly IReadOnlyDictionary<string, PageFacts> Valid = new Dictionary<string, PageFacts>(StringComparer.Ordinal)
    {
        ["zh-tw/a/index.html"] = Page("甲", ["top", "x"], ["../b/#y", "../data/a.csv", "#top"], "zh-tw/a/", "en/a/"),
        ["en/a/index.html"] = Page("A", ["top", "x"], ["../b/#y", "../data/a.csv"], "zh-tw/a/", "en/a/"),
        ["zh-tw/b/index.html"] = Page("乙", ["y"], ["../a/#x", "../a/"], "zh-tw/b/", "en/b/"),
        ["en/b/index.html"] = Page("B", ["y"], ["../a/#x"], "zh-tw/b/", "en/b/"),
    };

    private static readonly string[] ValidFiles = ["zh-tw/a/index.html", "en/a/index.html", "zh-tw/b/index.html", "en/b/index.html", "zh-tw/data/a.csv", "en/data/a.csv"];

    public static TheoryData<string> Changes() => ["anchor removed", "page removed", "file removed", "broken link added", "title taken", "alternate not pointing back", "page added", "nothing"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void Checking_what_changed_finds_what_checking_everything_finds(string change)
    {
        Assert.Empty(Full(Valid, ValidFiles));
        var index = RunFull(Valid, ValidFiles, []);

        var pages = new Dictionary<string, PageFacts>(Valid, StringComparer.Ordinal);
        var files = ValidFiles.ToList();
        var changed = new HashSet<string>(StringComparer.Ordinal);
        switch (change)
        {
            case "anchor removed":
                pages["zh-tw/b/index.html"] = Page("乙", [], ["../a/#x", "../a/"], "zh-tw/b/", "en/b/");
                changed.Add("zh-tw/b/index.html");
                break;
            case "page removed":
                pages.Remove("en/b/index.html");
                files.Remove("en/b/index.html");
                break;
            case "file removed":
                files.Remove("en/data/a.csv");
                break;
            case "broken link added":
                pages["en/b/index.html"] = Page("B", ["y"], ["../a/#x", "../c/"], "zh-tw/b/", "en/b/");
                changed.Add("en/b/index.html");
                break;
            case "title taken":
                pages["en/b/index.html"] = Page("A", ["y"], ["../a/#x"], "zh-tw/b/", "en/b/");
                changed.Add("en/b/index.html");
                break;
            case "alternate not pointing back":
                pages["en/b/index.html"] = Page("B", ["y"], ["../a/#x"], "zh-tw/b/", "en/a/");
                changed.Add("en/b/index.html");
                break;
            case "page added":
                pages["en/c/index.html"] = Page("C", [], ["../a/#missing"], "zh-tw/c/", "en/c/");
                files.Add("en/c/index.html");
                changed.Add("en/c/index.html");
                break;
        }

        var removed = ValidFiles.Except(files).ToList();
        var expected = Full(pages, files);
        var problems = new ConcurrentBag<SiteProblem>();
        LinkChecks.RunChanged(pages, Valid, changed, removed, files.Contains, index, problems);

        Assert.Equal(expected, Sorted(problems));
        if (change != "nothing")
        {
            Assert.NotEmpty(expected);
        }
    }

    [Fact]
    public void The_graph_updated_by_one_build_serves_the_next()
    {
        var index = RunFull(Valid, ValidFiles, []);
        var second = new Dictionary<string, PageFacts>(Valid, StringComparer.Ordinal)
        {
            ["zh-tw/b/index.html"] = Page("乙", ["y"], ["../a/"], "zh-tw/b/", "en/b/"),
        };
        var problems = new ConcurrentBag<SiteProblem>();
        LinkChecks.RunChanged(second, Valid, new HashSet<string>(["zh-tw/b/index.html"]), [], ValidFiles.Contains, index, problems);
        Assert.Empty(problems);

        // zh-tw/b no longer links to the anchor x: removing it from both languages breaks only en/b's link.
        var third = new Dictionary<string, PageFacts>(second, StringComparer.Ordinal)
        {
            ["zh-tw/a/index.html"] = Page("甲", ["top"], ["../b/#y", "../data/a.csv", "#top"], "zh-tw/a/", "en/a/"),
            ["en/a/index.html"] = Page("A", ["top"], ["../b/#y", "../data/a.csv"], "zh-tw/a/", "en/a/"),
        };
        LinkChecks.RunChanged(third, second, new HashSet<string>(["zh-tw/a/index.html", "en/a/index.html"]), [], ValidFiles.Contains, index, problems);

        Assert.Equal(Full(third, ValidFiles), Sorted(problems));
        Assert.Equal(["en/b/index.html"], problems.Select(p => p.File));
    }

    private static LinkIndex RunFull(IReadOnlyDictionary<string, PageFacts> pages, IReadOnlyList<string> files, List<SiteProblem> into)
    {
        var problems = new ConcurrentBag<SiteProblem>();
        var index = LinkChecks.Run(pages, files.Contains, null, problems);
        into.AddRange(problems);
        return index;
    }

    private static List<string> Full(IReadOnlyDictionary<string, PageFacts> pages, IReadOnlyList<string> files)
    {
        var problems = new List<SiteProblem>();
        RunFull(new SortedDictionary<string, PageFacts>(pages.ToDictionary(), StringComparer.Ordinal), files, problems);
        return Sorted(problems);
    }

    private static List<string> Sorted(IEnumerable<SiteProblem> problems) =>
        problems.Select(p => $"{p.File} | {p.Problem} | {p.Link}").Order(StringComparer.Ordinal).ToList();

    private static PageFacts Page(string title, string[] ids, string[] links, string zh, string en) => new(
        title,
        ids.ToHashSet(StringComparer.Ordinal),
        links,
        new Dictionary<string, string>(StringComparer.Ordinal) { ["zh-TW"] = "/" + zh, ["en"] = "/" + en, ["x-default"] = "/" + zh });
}
