using System.Runtime.CompilerServices;
using System.Text;

namespace PerformancePlan.Generator.Pipeline.Validation;

/// <summary>What <see cref="HtmlTokens.Next"/> found.</summary>
internal enum HtmlToken : byte
{
    EndOfFile,
    StartTag,
    EndTag,
    Text,
}

/// <summary>How the text after a start tag is read; the reader of the tokens sets it, as a parser's tree builder does.</summary>
internal enum HtmlTextMode : byte
{
    Data,

    /// <summary>title, textarea: character references decoded, no tags until the element's own end tag.</summary>
    RcData,

    /// <summary>style, xmp, iframe, noembed, noframes: no references, no tags until the element's own end tag.</summary>
    RawText,

    /// <summary>script: as raw text, with the standard's escaped states for <c>&lt;!--</c> inside it.</summary>
    ScriptData,
}

/// <summary>
/// Reads a page as the HTML standard's tokenizer does, yielding start tags, end tags and (only
/// while <see cref="WantsText"/>) text; comments, doctypes, bogus comments and processing
/// instructions are read past. Tag and attribute names are lower-cased, attribute values are
/// decoded only when asked for, and nothing is allocated for the text between tags, so a page costs
/// little more than one pass over its characters. A tag cut off by the end of the page is not a tag,
/// as in the standard. The methods of the reading loop are compiled fully optimised at their first
/// call: a build reads each page once, and left to tiered compilation they ran their precompiled code,
/// without the library calls inlined, for most of a build (page facts took about 0.5 s of a 200-plan
/// build's threads that way, 0.4 s this way).
/// </summary>
internal ref struct HtmlTokens
{
    private readonly ReadOnlySpan<char> html;
    private AttributeSpan[] attributes = new AttributeSpan[8];
    private int attributeCount;
    private readonly StringBuilder text = new();
    private char[] name = new char[16];
    private int nameLength;
    private char[] lastStartTag = new char[16];
    private int lastStartTagLength;
    private int pos;

    /// <summary>Reads <paramref name="html"/>, which may be a rendering buffer: nothing is copied out of it but attribute values asked for and text wanted.</summary>
    public HtmlTokens(ReadOnlySpan<char> html) => this.html = html;

    public HtmlTextMode Mode { get; set; }

    /// <summary>True inside svg or math, where <c>&lt;![CDATA[</c> opens a CDATA section instead of a bogus comment.</summary>
    public bool AcceptsCdata { get; set; }

    /// <summary>True when the reader needs the text between tags; false skips it unread.</summary>
    public bool WantsText { get; set; }

    /// <summary>The lower-cased name of the tag just read.</summary>
    public ReadOnlySpan<char> Name => name.AsSpan(0, nameLength);

    public bool IsSelfClosing { get; private set; }

    /// <summary>The text just read (a <see cref="HtmlToken.Text"/> token), references decoded.</summary>
    public string Text { get; private set; } = string.Empty;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public HtmlToken Next()
    {
        while (pos < html.Length)
        {
            var token = Mode switch
            {
                HtmlTextMode.RcData or HtmlTextMode.RawText => UntilEndTag(Mode == HtmlTextMode.RcData),
                HtmlTextMode.ScriptData => UntilEndTag(ScriptEnd(pos), decode: false),
                _ => Data(),
            };
            if (token is { } found)
            {
                return found;
            }
        }

        return HtmlToken.EndOfFile;
    }

    /// <summary>The decoded value of the tag's first attribute named <paramref name="attribute"/> (lower case), or null when it has none.</summary>
    public readonly string? Attribute(string attribute) => TryGetAttribute(attribute, out var value) ? value.ToString() : null;

    /// <summary>
    /// The decoded value of the tag's first attribute named <paramref name="attribute"/> (lower case):
    /// the page's own characters when there is nothing to decode, so a value only looked up is not
    /// copied out. False when the tag has no such attribute.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public readonly bool TryGetAttribute(string attribute, out ReadOnlySpan<char> value)
    {
        foreach (var a in attributes.AsSpan(0, attributeCount))
        {
            if (!NameEquals(a, attribute))
            {
                continue;
            }

            value = html.Slice(a.ValueStart, a.ValueLength);
            if (value.IndexOfAny('&', '\r', '\0') >= 0)
            {
                var decoded = new StringBuilder(a.ValueLength);
                CharacterReferences.Append(decoded, html, a.ValueStart, a.ValueStart + a.ValueLength, inAttribute: true, nul: '\uFFFD');
                value = decoded.ToString();
            }

            return true;
        }

        value = default;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c <= ' ' && ((1UL << c) & ((1UL << ' ') | (1UL << '\n') | (1UL << '\t') | (1UL << '\f') | (1UL << '\r'))) != 0;

    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c == '\0' ? '\uFFFD' : c;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private HtmlToken? Data()
    {
        if (html[pos] != '<')
        {
            var end = IndexOf(html, '<', pos);
            end = end < 0 ? html.Length : end;
            return EmitText(pos, end, decode: true, nul: '\0');
        }

        var at = pos;
        var c = At(at + 1);
        if (char.IsAsciiLetter(c))
        {
            return Tag(at + 1, HtmlToken.StartTag);
        }

        switch (c)
        {
            case '/':
                var after = At(at + 2);
                if (char.IsAsciiLetter(after))
                {
                    return Tag(at + 2, HtmlToken.EndTag);
                }

                if (after == '>')
                {
                    pos = at + 3;
                    return null;
                }

                if (at + 2 >= html.Length)
                {
                    return EmitText(at, html.Length, decode: false, nul: '\0');
                }

                pos = SkipPast('>', at + 2);
                return null;
            case '!':
                return MarkupDeclaration(at + 2);
            case '?':
                pos = SkipPast('>', at + 1);
                return null;
            default:
                return EmitText(at, at + 1, decode: false, nul: '\0');
        }
    }

    private HtmlToken? MarkupDeclaration(int start)
    {
        var rest = html[start..];
        if (rest.StartsWith("--"))
        {
            pos = CommentEnd(start + 2);
        }
        else if (rest.StartsWith("doctype", StringComparison.OrdinalIgnoreCase))
        {
            pos = SkipPast('>', start + 7);
        }
        else if (AcceptsCdata && rest.StartsWith("[CDATA["))
        {
            var content = start + 7;
            var close = IndexOf(html, "]]>", content);
            var end = close < 0 ? html.Length : close;
            var token = EmitText(content, end, decode: false, nul: '\0', keepNul: true);
            pos = close < 0 ? html.Length : close + 3;
            return token;
        }
        else
        {
            pos = SkipPast('>', start);
        }

        return null;
    }

    /// <summary>Where a comment whose text starts at <paramref name="i"/> ends: after <c>--&gt;</c>, <c>--!&gt;</c>, or an abrupt <c>&gt;</c> or <c>-&gt;</c> at its start.</summary>
    private int CommentEnd(int i)
    {
        if (At(i) == '>')
        {
            return i + 1;
        }

        if (At(i) == '-' && At(i + 1) == '>')
        {
            return i + 2;
        }

        while (true)
        {
            var dash = IndexOf(html, "--", i);
            if (dash < 0)
            {
                return html.Length;
            }

            var j = dash + 2;
            while (At(j) == '-')
            {
                j++;
            }

            if (At(j) == '>')
            {
                return j + 1;
            }

            if (At(j) == '!' && At(j + 1) == '>')
            {
                return j + 2;
            }

            i = At(j) == '!' ? j + 1 : j;
        }
    }

    /// <summary>Reads a tag whose name starts at <paramref name="start"/>; null (and the rest of the page skipped) when the page ends inside it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private HtmlToken? Tag(int start, HtmlToken kind)
    {
        var i = start;
        nameLength = 0;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '/' && html[i] != '>')
        {
            AppendName(html[i]);
            i++;
        }

        var end = Attributes(i);
        if (end < 0)
        {
            pos = html.Length;
            return null;
        }

        pos = end;
        if (kind == HtmlToken.StartTag)
        {
            if (lastStartTag.Length < nameLength)
            {
                lastStartTag = new char[nameLength * 2];
            }

            Name.CopyTo(lastStartTag);
            lastStartTagLength = nameLength;
        }
        else
        {
            Mode = HtmlTextMode.Data;
        }

        return kind;
    }

    /// <summary>Reads the attributes from <paramref name="i"/> to the end of the tag; returns where the tag ends, or -1 at the end of the page.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Attributes(int i)
    {
        attributeCount = 0;
        IsSelfClosing = false;
        while (true)
        {
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return -1;
            }

            var c = html[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (c == '/')
            {
                if (At(i + 1) == '>')
                {
                    IsSelfClosing = true;
                    return i + 2;
                }

                i++;
                continue;
            }

            // The attribute's name: its first character may be '=', later ones end at '='.
            var nameStart = i;
            var upper = c is (>= 'A' and <= 'Z') or '\0';
            i++;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                upper |= html[i] is (>= 'A' and <= 'Z') or '\0';
                i++;
            }

            var attribute = new AttributeSpan(nameStart, i - nameStart, upper, 0, 0);
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (At(i) != '=')
            {
                AddAttribute(attribute);
                continue;
            }

            i++;
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return -1;
            }

            if (html[i] is '"' or '\'')
            {
                var close = IndexOf(html, html[i], i + 1);
                if (close < 0)
                {
                    return -1;
                }

                // What follows the closing quote, even another attribute without a space before it, is read from the top.
                AddAttribute(attribute with { ValueStart = i + 1, ValueLength = close - i - 1 });
                i = close + 1;
            }
            else if (html[i] == '>')
            {
                AddAttribute(attribute);
                return i + 1;
            }
            else
            {
                var valueStart = i;
                while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                {
                    i++;
                }

                if (i >= html.Length)
                {
                    return -1;
                }

                AddAttribute(attribute with { ValueStart = valueStart, ValueLength = i - valueStart });
            }
        }
    }

    /// <summary>
    /// In RCDATA, raw text or script data (from <paramref name="end"/>, the start of the element's
    /// own end tag or the end of the page): the text up to it, then the end tag itself.
    /// </summary>
    private HtmlToken? UntilEndTag(int end, bool decode)
    {
        if (pos < end)
        {
            var token = EmitText(pos, end, decode, nul: '\uFFFD');
            pos = end;
            if (token is not null)
            {
                return token;
            }
        }

        if (end >= html.Length)
        {
            pos = html.Length;
            return null;
        }

        return Tag(end + 2, HtmlToken.EndTag);
    }

    private HtmlToken? UntilEndTag(bool decode) => UntilEndTag(EndTagFrom(pos), decode);

    /// <summary>Where the next end tag of the open raw-text or RCDATA element starts (its <c>&lt;</c>), or the end of the page.</summary>
    private int EndTagFrom(int i)
    {
        while (true)
        {
            var open = IndexOf(html, "</", i);
            if (open < 0)
            {
                return html.Length;
            }

            if (IsOwnEndTag(open))
            {
                return open;
            }

            i = open + 2;
        }
    }

    /// <summary>True when <c>&lt;/</c> at <paramref name="open"/> begins the end tag of the last start tag (its name, then space, '/' or '&gt;').</summary>
    private bool IsOwnEndTag(int open)
    {
        var n = lastStartTagLength;
        if (n == 0 || open + 2 + n >= html.Length || !html.Slice(open + 2, n).Equals(lastStartTag.AsSpan(0, n), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var after = html[open + 2 + n];
        return IsSpace(after) || after is '/' or '>';
    }

    /// <summary>Where script data from <paramref name="i"/> ends: the standard's script states, in which <c>&lt;!--</c> escapes and <c>&lt;script</c> inside the escape nests once.</summary>
    private int ScriptEnd(int i)
    {
        var state = ScriptState.Normal;
        for (; i < html.Length; i++)
        {
            var c = html[i];
            switch (state)
            {
                case ScriptState.Normal:
                    if (c == '<')
                    {
                        if (At(i + 1) == '/' && IsOwnEndTag(i))
                        {
                            return i;
                        }

                        if (html[i..].StartsWith("<!--"))
                        {
                            // The escape's opening dashes may also close it ("<!-->").
                            state = ScriptState.EscapedDashDash;
                            i += 3;
                        }
                    }

                    break;
                case ScriptState.Escaped or ScriptState.EscapedDash or ScriptState.EscapedDashDash:
                    if (c == '-')
                    {
                        state = state == ScriptState.Escaped ? ScriptState.EscapedDash : ScriptState.EscapedDashDash;
                    }
                    else if (c == '<')
                    {
                        state = ScriptState.Escaped;
                        if (At(i + 1) == '/' && IsOwnEndTag(i))
                        {
                            return i;
                        }

                        if (ScriptNameAt(i + 1) is var length and > 0)
                        {
                            state = ScriptState.DoubleEscaped;
                            i += length;
                        }
                    }
                    else
                    {
                        state = c == '>' && state == ScriptState.EscapedDashDash ? ScriptState.Normal : ScriptState.Escaped;
                    }

                    break;
                default:
                    if (c == '-')
                    {
                        state = state == ScriptState.DoubleEscaped ? ScriptState.DoubleEscapedDash : ScriptState.DoubleEscapedDashDash;
                    }
                    else if (c == '<')
                    {
                        state = ScriptState.DoubleEscaped;
                        if (At(i + 1) == '/' && ScriptNameAt(i + 2) is var length and > 0)
                        {
                            state = ScriptState.Escaped;
                            i += length + 1;
                        }
                    }
                    else
                    {
                        state = c == '>' && state == ScriptState.DoubleEscapedDashDash ? ScriptState.Normal : ScriptState.DoubleEscaped;
                    }

                    break;
            }
        }

        return html.Length;
    }

    /// <summary>The length of "script" at <paramref name="i"/> when a space, '/' or '&gt;' follows it (any case); 0 otherwise.</summary>
    private int ScriptNameAt(int i)
    {
        const string Script = "script";
        if (i + Script.Length >= html.Length || !html.Slice(i, Script.Length).Equals(Script, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var after = html[i + Script.Length];
        return IsSpace(after) || after is '/' or '>' ? Script.Length : 0;
    }

    private HtmlToken? EmitText(int start, int end, bool decode, char nul, bool keepNul = false)
    {
        pos = end;
        if (!WantsText || end <= start)
        {
            return null;
        }

        text.Clear();
        if (keepNul)
        {
            text.Append(html.Slice(start, end - start));
        }
        else if (decode)
        {
            CharacterReferences.Append(text, html, start, end, inAttribute: false, nul);
        }
        else
        {
            CharacterReferences.AppendRaw(text, html, start, end, nul);
        }

        if (text.Length == 0)
        {
            return null;
        }

        Text = text.ToString();
        return HtmlToken.Text;
    }

    private int SkipPast(char c, int i)
    {
        var at = IndexOf(html, c, Math.Min(i, html.Length));
        return at < 0 ? html.Length : at + 1;
    }

    private static int IndexOf(ReadOnlySpan<char> html, char c, int from)
    {
        var at = html[from..].IndexOf(c);
        return at < 0 ? -1 : at + from;
    }

    private static int IndexOf(ReadOnlySpan<char> html, string value, int from)
    {
        var at = html[from..].IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? -1 : at + from;
    }

    private readonly char At(int i) => i < html.Length ? html[i] : '\uFFFF';

    private void AddAttribute(AttributeSpan attribute)
    {
        if (attributeCount == attributes.Length)
        {
            Array.Resize(ref attributes, attributes.Length * 2);
        }

        attributes[attributeCount++] = attribute;
    }

    private void AppendName(char c)
    {
        if (nameLength == name.Length)
        {
            Array.Resize(ref name, name.Length * 2);
        }

        name[nameLength++] = Lower(c);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private readonly bool NameEquals(AttributeSpan a, string attribute)
    {
        if (a.NameLength != attribute.Length)
        {
            return false;
        }

        var span = html.Slice(a.NameStart, a.NameLength);
        if (!a.NeedsLowering)
        {
            return span.SequenceEqual(attribute);
        }

        for (var k = 0; k < span.Length; k++)
        {
            if (Lower(span[k]) != attribute[k])
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct AttributeSpan(int NameStart, int NameLength, bool NeedsLowering, int ValueStart, int ValueLength);

    private enum ScriptState : byte
    {
        Normal,
        Escaped,
        EscapedDash,
        EscapedDashDash,
        DoubleEscaped,
        DoubleEscapedDash,
        DoubleEscapedDashDash,
    }
}
