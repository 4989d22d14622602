using System.Text;

namespace PerformancePlan.Core.Import;

/// <summary>
/// Repairs text that PDF conversion broke: a line wrap inside a Chinese word left a space between two
/// CJK characters (<c>廳 舍</c>), and commas between Chinese words lost their full width
/// (<c>環境,提供</c>). Spaces between a CJK character and a digit or Latin letter are kept
/// (<c>交辦日起 2 個工作天</c>).
/// </summary>
public static class CjkText
{
    /// <summary>Han ideographs, kana, bopomofo, CJK punctuation and full-width forms.</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u2E80' and <= '\u2FDF')
            or (>= '\u3000' and <= '\u303F')
            or (>= '\u3040' and <= '\u312F')
            or (>= '\u3400' and <= '\u4DBF')
            or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uF900' and <= '\uFAFF')
            or (>= '\uFF00' and <= '\uFFEF');

    /// <summary>Collapses white space, removes spaces between two CJK characters and widens commas between them.</summary>
    public static string Clean(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (collapsed.Length > 0 && collapsed[^1] != ' ')
                {
                    collapsed.Append(' ');
                }
            }
            else
            {
                collapsed.Append(c);
            }
        }

        var s = collapsed.ToString();
        var result = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var previous = result.Length > 0 ? result[^1] : '\0';
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (c == ' ' && IsCjk(previous) && IsCjk(next))
            {
                continue;
            }

            if (c == ',' && IsCjk(previous) && IsCjk(NextNonSpace(s, i + 1)))
            {
                result.Append('，');
                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>Joins two pieces of text that a line wrap or a broken table row separated.</summary>
    public static string Join(string first, string second) =>
        first.Length == 0 ? Clean(second) : second.Length == 0 ? Clean(first) : Clean(first + " " + second);

    /// <summary>Folds full-width digits, letters and ASCII punctuation (<c>（５％）</c>) to half width, for parsing numbers.</summary>
    public static string ToHalfWidth(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static char NextNonSpace(string s, int from)
    {
        for (var i = from; i < s.Length; i++)
        {
            if (s[i] != ' ')
            {
                return s[i];
            }
        }

        return '\0';
    }
}
