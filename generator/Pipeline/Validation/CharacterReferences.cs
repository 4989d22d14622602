using System.Text;
using AngleSharp.Html;

namespace PerformancePlan.Generator.Pipeline.Validation;

/// <summary>
/// Decodes the character references of a run of HTML text or of an attribute value as the HTML
/// standard's tokenizer does: numeric references (with the standard's replacements for zero,
/// surrogates, values past U+10FFFF and the windows-1252 range 0x80–0x9F) and named references,
/// the longest name the entity table knows, with or without the semicolon. In an attribute value a
/// named reference without its semicolon followed by <c>=</c> or a letter or digit stays as written.
/// </summary>
internal static class CharacterReferences
{
    private const int MaxName = 31;

    /// <summary>Code points 0x80–0x9F as windows-1252 reads them; zero where the standard keeps the code point.</summary>
    private static readonly char[] Windows1252 =
    [
        '\u20AC', '\0', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\u017D', '\0',
        '\0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\0', '\u017E', '\u0178',
    ];

    /// <summary>
    /// Appends <paramref name="html"/>[<paramref name="start"/>..<paramref name="end"/>) to
    /// <paramref name="output"/> with its references decoded, carriage returns read as line feeds
    /// and NUL dropped (<paramref name="nul"/> = <c>'\0'</c>) or replaced.
    /// </summary>
    public static void Append(StringBuilder output, ReadOnlySpan<char> html, int start, int end, bool inAttribute, char nul)
    {
        var i = start;
        while (i < end)
        {
            var run = html.Slice(i, end - i).IndexOfAny('&', '\r', '\0');
            if (run < 0)
            {
                output.Append(html.Slice(i, end - i));
                return;
            }

            output.Append(html.Slice(i, run));
            i += run;
            var c = html[i];
            if (c == '\r')
            {
                output.Append('\n');
                i += i + 1 < end && html[i + 1] == '\n' ? 2 : 1;
            }
            else if (c == '\0')
            {
                if (nul != '\0')
                {
                    output.Append(nul);
                }

                i++;
            }
            else
            {
                i = Reference(output, html, i, end, inAttribute);
            }
        }
    }

    /// <summary>Appends raw text (no references: raw text, script data) with carriage returns read as line feeds and NUL replaced by <paramref name="nul"/>.</summary>
    public static void AppendRaw(StringBuilder output, ReadOnlySpan<char> html, int start, int end, char nul)
    {
        for (var i = start; i < end; i++)
        {
            var c = html[i];
            if (c == '\r')
            {
                output.Append('\n');
                if (i + 1 < end && html[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                output.Append(c == '\0' ? nul : c);
            }
        }
    }

    /// <summary>Decodes the reference whose <c>&amp;</c> is at <paramref name="amp"/>; returns where the text after it starts.</summary>
    private static int Reference(StringBuilder output, ReadOnlySpan<char> html, int amp, int end, bool inAttribute)
    {
        var i = amp + 1;
        if (i < end && html[i] == '#')
        {
            return Numeric(output, html, amp, end);
        }

        var nameStart = i;
        while (i < end && i - nameStart < MaxName && char.IsAsciiLetterOrDigit(html[i]))
        {
            i++;
        }

        var length = i - nameStart;
        if (length == 0)
        {
            output.Append('&');
            return amp + 1;
        }

        if (i < end && html[i] == ';' && Lookup(html.Slice(nameStart, length + 1)) is { } full)
        {
            output.Append(full);
            return i + 1;
        }

        for (var n = length; n > 0; n--)
        {
            if (Lookup(html.Slice(nameStart, n)) is not { } legacy)
            {
                continue;
            }

            var after = nameStart + n;
            if (inAttribute && after < end && (html[after] == '=' || char.IsAsciiLetterOrDigit(html[after])))
            {
                break;
            }

            output.Append(legacy);
            return after;
        }

        output.Append('&');
        return amp + 1;
    }

    private static int Numeric(StringBuilder output, ReadOnlySpan<char> html, int amp, int end)
    {
        var i = amp + 2;
        var hex = i < end && (html[i] == 'x' || html[i] == 'X');
        if (hex)
        {
            i++;
        }

        var digitsStart = i;
        long value = 0;
        while (i < end && (hex ? char.IsAsciiHexDigit(html[i]) : char.IsAsciiDigit(html[i])))
        {
            var digit = html[i] <= '9' ? html[i] - '0' : (html[i] | 0x20) - 'a' + 10;
            value = Math.Min((value * (hex ? 16 : 10)) + digit, 0x110000);
            i++;
        }

        if (i == digitsStart)
        {
            output.Append('&');
            return amp + 1;
        }

        if (i < end && html[i] == ';')
        {
            i++;
        }

        if (value == 0 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            output.Append('\uFFFD');
        }
        else if (value is >= 0x80 and <= 0x9F && Windows1252[value - 0x80] is not '\0' and var mapped)
        {
            output.Append(mapped);
        }
        else
        {
            output.Append(char.ConvertFromUtf32((int)value));
        }

        return i;
    }

    private static string? Lookup(ReadOnlySpan<char> name) => name switch
    {
        "amp;" or "amp" => "&",
        "lt;" or "lt" => "<",
        "gt;" or "gt" => ">",
        "quot;" or "quot" => "\"",
        "nbsp;" or "nbsp" => "\u00A0",
        _ => HtmlEntityProvider.Resolver.GetSymbol(name.ToString()),
    };
}
