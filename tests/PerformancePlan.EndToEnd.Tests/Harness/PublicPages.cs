using PerformancePlan.Core;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>The addresses of the published site, one entry per page type, as a visitor types them.</summary>
public static class PublicPages
{
    public const string Slug = "107-secretariat";

    public static string Segment(Language language) => language.Segment();

    public static string LanguageHome(Language language) => $"/{language.Segment()}/";

    public static string PlanHome(Language language) => $"/{language.Segment()}/{Slug}/";

    public static string Goal(Language language, int ordinal) => $"/{language.Segment()}/{Slug}/goals/{ordinal}/";

    public static string Exchanges(Language language) => $"/{language.Segment()}/{Slug}/exchanges/";

    public static string Budget(Language language) => $"/{language.Segment()}/{Slug}/budget/";

    public static string ESignature(Language language) => $"/{language.Segment()}/{Slug}/e-signature/";

    public static string OpenData(Language language) => $"/{language.Segment()}/{Slug}/open-data/";

    public static string About(Language language) => $"/{language.Segment()}/about/";

    public static string OpenDataGuide(Language language) => $"/{language.Segment()}/open-data/";

    public static string Explorer(Language language) => $"/{language.Segment()}/indicators/";

    public static string ExplorerYear(Language language) => $"/{language.Segment()}/indicators/107/";

    /// <summary>Every page type of one language: its name (for reports and screenshots) and address.</summary>
    public static IReadOnlyList<(string Type, string Path)> TypesIn(Language language) =>
    [
        ("plans", LanguageHome(language)),
        ("plan-home", PlanHome(language)),
        ("goal", Goal(language, 1)),
        ("exchanges", Exchanges(language)),
        ("budget", Budget(language)),
        ("e-signature", ESignature(language)),
        ("open-data", OpenData(language)),
        ("about", About(language)),
        ("open-data-guide", OpenDataGuide(language)),
        ("indicator-explorer", Explorer(language)),
        ("indicator-explorer-year", ExplorerYear(language)),
    ];

    public static Language Parse(string segment) => segment == "en" ? Language.En : Language.ZhTw;

    /// <summary>Theory data: every page type in both languages.</summary>
    public static TheoryData<string, string> EveryTypeInBothLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in LanguageExtensions.All)
        {
            foreach (var (type, _) in TypesIn(language))
            {
                data.Add(language.Segment(), type);
            }
        }

        return data;
    }

    public static string PathOf(string segment, string type) =>
        TypesIn(Parse(segment)).Single(t => t.Type == type).Path;
}
