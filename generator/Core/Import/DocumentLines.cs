namespace PerformancePlan.Core.Import;

/// <summary>One line of a document with its 1-based number.</summary>
internal readonly record struct DocumentLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public bool IsTableRow => Text.Contains('\t', StringComparison.Ordinal);

    /// <summary>
    /// The text without Markdown decoration that carries no meaning here: heading marks
    /// (<c>###</c>, whose level varies inside one document) and bullet marks (<c>- </c>).
    /// </summary>
    public string Plain => DocumentLines.StripMarkup(Text);
}

/// <summary>Splits a document into numbered lines (a UTF-8 byte order mark and CR/LF endings are accepted).</summary>
internal static class DocumentLines
{
    public static IReadOnlyList<DocumentLine> Split(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var count = lines.Length;
        if (count > 0 && lines[^1].Length == 0)
        {
            count--;
        }

        return Enumerable.Range(0, count).Select(i => new DocumentLine(i + 1, lines[i])).ToList();
    }

    public static string StripMarkup(string text)
    {
        var t = text.Trim();
        var hashes = 0;
        while (hashes < t.Length && t[hashes] == '#')
        {
            hashes++;
        }

        if (hashes is > 0 and <= 6 && (hashes == t.Length || char.IsWhiteSpace(t[hashes])))
        {
            t = t[hashes..].Trim().TrimEnd('#').Trim();
        }

        if (t.Length >= 2 && t[0] is '-' or '*' or '+' or '•' && char.IsWhiteSpace(t[1]))
        {
            t = t[2..].Trim();
        }

        return t;
    }
}
