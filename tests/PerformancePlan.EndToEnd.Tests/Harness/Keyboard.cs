
namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>Walks a page with the Tab key alone, as a keyboard user does, noting where focus goes and whether it shows.</summary>
public static class Keyboard
{
    /// <summary>Where focus is and how it is drawn (property names match the script's result).</summary>
    public sealed record FocusState
    {
        public int Index { get; init; } = -1;

        public string Tag { get; init; } = string.Empty;

        public string Description { get; init; } = string.Empty;

        public bool Indicator { get; init; }

        public string Style { get; init; } = string.Empty;
    }

    /// <summary>Numbers the links a keyboard user can reach (rendered, not hidden) and returns how each reads.</summary>
    public static Task<string[]> NumberReachableLinksAsync(IPage page) => page.EvaluateAsync<string[]>(
        """
        () => {
          const links = [...document.querySelectorAll('a[href]')].filter(a => {
            if (a.getClientRects().length === 0) return false;
            if (!a.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) return false;
            const details = a.closest('details');
            if (details && !details.open && !a.closest('summary')) return false;
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
    /// The element that has focus now. The indicator counts as visible when the element (or its
    /// ::before/::after) draws a non-transparent outline of some width, or a box shadow.
    /// </summary>
    public static Task<FocusState> FocusedAsync(IPage page) => page.EvaluateAsync<FocusState>(
        """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return { index: -1, tag: 'body', description: 'body', indicator: false, style: '' };
          const style = getComputedStyle(el);
          // The ring may be drawn by the element or by its ::before/::after (a card's stretched link).
          const drawn = s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== 'rgba(0, 0, 0, 0)')
            || (!!s.boxShadow && s.boxShadow !== 'none');
          const outline = drawn(style) || drawn(getComputedStyle(el, '::after')) || drawn(getComputedStyle(el, '::before'));
          const rect = el.getBoundingClientRect();
          const onScreen = rect.width > 0 && rect.height > 0;
          const mark = el.getAttribute('data-e2e-link');
          return {
            index: mark === null ? -1 : Number(mark),
            tag: el.tagName.toLowerCase(),
            description: `${el.tagName.toLowerCase()} ${el.getAttribute('href') || el.id || ''} "${(el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`,
            indicator: outline && onScreen,
            style: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}; size ${rect.width}x${rect.height}`,
          };
        }
        """);
}
