using System.Text.Json.Serialization;
using Microsoft.Playwright;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>Walks a page with the Tab key alone, as a keyboard user does, noting where focus goes and whether it shows.</summary>
public static class Keyboard
{
    /// <summary>Where focus is and how it is drawn.</summary>
    public sealed record FocusState
    {
        [JsonPropertyName("index")] public int Index { get; init; } = -1;

        [JsonPropertyName("tag")] public string Tag { get; init; } = string.Empty;

        [JsonPropertyName("description")] public string Description { get; init; } = string.Empty;

        [JsonPropertyName("indicator")] public bool HasVisibleIndicator { get; init; }

        [JsonPropertyName("style")] public string Style { get; init; } = string.Empty;
    }

    /// <summary>Numbers the links a keyboard user can reach (rendered, not hidden) and returns how each reads.</summary>
    public static Task<string[]> NumberReachableLinksAsync(IPage page) => page.EvaluateAsync<string[]>(
        """
        () => {
          const links = [...document.querySelectorAll('a[href]')].filter(a => {
            if (a.getClientRects().length === 0) return false;
            const style = getComputedStyle(a);
            if (style.visibility === 'hidden') return false;
            if (a.closest('[inert], [hidden]')) return false;
            return a.tabIndex >= 0;
          });
          links.forEach((a, i) => a.setAttribute('data-e2e-link', String(i)));
          return links.map(a => `${a.getAttribute('href')} "${(a.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`);
        }
        """);

    /// <summary>
    /// The element that has focus now. The indicator counts as visible when focus draws an outline
    /// of some width, or a box shadow, that differs from the element's look without focus.
    /// </summary>
    public static Task<FocusState> FocusedAsync(IPage page) => page.EvaluateAsync<FocusState>(
        """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return { index: -1, tag: 'body', description: 'body', indicator: false, style: '' };
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
          const shadow = style.boxShadow && style.boxShadow !== 'none';
          const rect = el.getBoundingClientRect();
          const onScreen = rect.width > 0 && rect.height > 0;
          const mark = el.getAttribute('data-e2e-link');
          return {
            index: mark === null ? -1 : Number(mark),
            tag: el.tagName.toLowerCase(),
            description: `${el.tagName.toLowerCase()} ${el.getAttribute('href') || el.id || ''} "${(el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`,
            indicator: (outline || shadow) && onScreen,
            style: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}; size ${rect.width}x${rect.height}`,
          };
        }
        """);
}
