using Microsoft.AspNetCore.Components;
using PerformancePlan.Core;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Generator.Site;

/// <summary>
/// Small pieces of markup used on every page, written as render fragments rather than components:
/// a page has hundreds of them and a fragment costs no component instance.
/// </summary>
public static class Fragments
{
    /// <summary>
    /// A text in the page's language; when its translation is pending, the Chinese text marked
    /// <c>lang="zh-TW"</c> with a visible "translation pending" label.
    /// </summary>
    public static RenderFragment Show(this PageContext page, Bilingual text) => page.Show(page.T(text));

    public static RenderFragment Show(this PageContext page, TextRun run) => builder =>
    {
        if (!run.IsFallback)
        {
            builder.AddContent(0, run.Text);
            return;
        }

        builder.OpenElement(1, "span");
        builder.AddAttribute(2, "class", "fallback");
        builder.OpenElement(3, "span");
        builder.AddAttribute(4, "lang", run.FallbackLanguage);
        builder.AddContent(5, run.Text);
        builder.CloseElement();
        builder.AddContent(6, " ");
        builder.OpenElement(7, "span");
        builder.AddAttribute(8, "class", "pending-label");
        builder.AddContent(9, page.Text.TranslationPending);
        builder.CloseElement();
        builder.CloseElement();
    };

    /// <summary>
    /// A text kept in one form only (a source, a name): on an English page, text containing Chinese
    /// is marked <c>lang="zh-TW"</c> so it is read and rendered as Chinese.
    /// </summary>
    public static RenderFragment Verbatim(this PageContext page, string text) => builder =>
    {
        if (page.Language == Language.ZhTw || !text.Any(IsCjk))
        {
            builder.AddContent(0, text);
            return;
        }

        builder.OpenElement(1, "span");
        builder.AddAttribute(2, "lang", Language.ZhTw.Tag());
        builder.AddContent(3, text);
        builder.CloseElement();
    };

    private static bool IsCjk(char c) => c is (>= '\u3000' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff') or (>= '\uff00' and <= '\uffef');

    /// <summary>The status as a word and an icon, never colour alone; the stylesheet draws the icon from the status class.</summary>
    public static RenderFragment Status(this PageContext page, IndicatorStatus status, string? label = null) => builder =>
    {
        var word = status.Name().OrFallback(page.Language);
        var css = status switch
        {
            IndicatorStatus.Achieved => "achieved",
            IndicatorStatus.OnTrack => "on-track",
            IndicatorStatus.Behind => "behind",
            IndicatorStatus.NotAchieved => "not-achieved",
            IndicatorStatus.FinalNotReported => "not-reported",
            _ => "no-data",
        };
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "status status--" + css);
        builder.AddContent(3, label ?? word);
        builder.CloseElement();
    };

    /// <summary>An indicator's value with its unit, singular in English for exactly 1: "1 exchange", "7 exchanges".</summary>
    public static RenderFragment Quantity(this PageContext page, decimal value, Indicator indicator) =>
        page.Quantity(value, indicator.UnitFor(value));

    /// <summary>The overdue badge (逾期未更新): a word and an icon (drawn by the stylesheet), never colour alone.</summary>
    public static RenderFragment OverdueBadge(this PageContext page) => builder =>
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "badge badge--overdue");
        builder.AddAttribute(2, "data-overdue", "true");
        builder.AddContent(4, page.Text.Overdue);
        builder.CloseElement();
    };

    /// <summary>A value with its unit: "6 次", "45%", "20 delegations".</summary>
    public static RenderFragment Quantity(this PageContext page, decimal value, Bilingual unit) => builder =>
    {
        var number = Text.Formats.Number(value);
        var shown = page.T(unit);
        if (unit.Zh == "%")
        {
            builder.AddContent(0, number + "%");
            return;
        }

        builder.AddContent(1, number + " ");
        builder.AddContent(2, page.Show(shown));
    };

    /// <summary>
    /// Implementation items written as one run of "(一)… (二)…" or "(1)… (2)…": set as a list when
    /// there are two or more numbered items, otherwise as the text.
    /// </summary>
    public static RenderFragment Items(this PageContext page, Bilingual items) => builder =>
    {
        var run = page.T(items);
        var parts = NumberedItems.Split(run.Text);
        if (parts.Count < 2)
        {
            builder.AddContent(0, page.Show(run));
            return;
        }

        builder.OpenElement(1, "ul");
        builder.AddAttribute(2, "class", "item-list");
        if (run.FallbackLanguage is { } lang)
        {
            builder.AddAttribute(3, "lang", lang);
        }

        foreach (var part in parts)
        {
            builder.OpenElement(4, "li");
            builder.AddContent(5, part);
            builder.CloseElement();
        }

        builder.CloseElement();
        if (run.IsFallback)
        {
            builder.OpenElement(6, "span");
            builder.AddAttribute(7, "class", "pending-label");
            builder.AddContent(8, page.Text.TranslationPending);
            builder.CloseElement();
        }
    };
}
