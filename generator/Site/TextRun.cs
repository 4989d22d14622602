using PerformancePlan.Core;

namespace PerformancePlan.Generator.Site;

/// <summary>
/// A text as it is shown in one language: the text, and when the translation is pending the
/// language it is actually in (<c>zh-TW</c>), so the page can mark it.
/// </summary>
public sealed record TextRun(string Text, string? FallbackLanguage = null)
{
    public bool IsFallback => FallbackLanguage is not null;

    public static TextRun Of(Bilingual text, Language language) =>
        text.In(language) is { } shown ? new TextRun(shown) : new TextRun(text.Zh, Language.ZhTw.Tag());

    public static implicit operator TextRun(string text) => new(text);

    public override string ToString() => Text;
}
