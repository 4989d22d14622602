namespace PerformancePlan.Core;

/// <summary>
/// A human-readable text in Traditional Chinese (always present) and English (may be pending).
/// An empty <see cref="En"/> means the translation is pending; readers fall back to <see cref="Zh"/>.
/// Both texts are normalised on the way in (<see cref="TextRules.Normalise"/>: a vertical tab or form
/// feed is a line break), whichever way they came: admin form, CSV import or plan document.
/// </summary>
public sealed record Bilingual(string Zh, string En)
{
    public string Zh { get; init => field = TextRules.Normalise(value); } = TextRules.Normalise(Zh);

    public string En { get; init => field = TextRules.Normalise(value); } = TextRules.Normalise(En);

    public static readonly Bilingual Empty = new(string.Empty, string.Empty);

    public static Bilingual ZhOnly(string zh) => new(zh, string.Empty);

    public bool HasEnglish => !string.IsNullOrWhiteSpace(En);

    /// <summary>The text in <paramref name="language"/>, or null when English is pending.</summary>
    public string? In(Language language) => language == Language.ZhTw ? Zh : (HasEnglish ? En : null);

    /// <summary>The text in <paramref name="language"/>, falling back to Chinese.</summary>
    public string OrFallback(Language language) => In(language) ?? Zh;

    public override string ToString() => Zh;
}

public enum Language
{
    ZhTw,
    En,
}

public static class LanguageExtensions
{
    /// <summary>The BCP 47 tag used in <c>lang</c> attributes.</summary>
    public static string Tag(this Language language) => language == Language.ZhTw ? "zh-TW" : "en";

    /// <summary>The lower-case URL segment: <c>zh-tw</c> or <c>en</c>.</summary>
    public static string Segment(this Language language) => language == Language.ZhTw ? "zh-tw" : "en";

    public static Language Other(this Language language) => language == Language.ZhTw ? Language.En : Language.ZhTw;

    public static IReadOnlyList<Language> All { get; } = [Language.ZhTw, Language.En];
}
