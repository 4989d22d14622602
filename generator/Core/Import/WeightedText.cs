using System.Text.RegularExpressions;

namespace PerformancePlan.Core.Import;

/// <summary>A cell that ends with its weight: <c>推動與締盟城市之交流(5%)</c>, <c>接待國際訪賓 （5%）</c>.</summary>
internal static partial class WeightedText
{
    /// <summary>
    /// The text without the trailing parenthesis and the weight in it. A trailing parenthesis that
    /// holds no percent sign is part of the text, and the weight is null; one with a percent sign
    /// that is not a number is an error described by <paramref name="problem"/>.
    /// </summary>
    public static (string Text, decimal? Weight) Split(string cell, string what, out string? problem)
    {
        problem = null;
        var m = TrailingParenthesis().Match(cell);
        if (!m.Success)
        {
            return (CjkText.Clean(cell), null);
        }

        var written = m.Groups["w"].Value;
        if (!written.Contains('%', StringComparison.Ordinal) && !written.Contains('％', StringComparison.Ordinal))
        {
            return (CjkText.Clean(cell), null);
        }

        if (!Numbers.TryParseWeight(written, out var weight))
        {
            problem = $"{what} weight '{written}' is not a percentage";
            return (CjkText.Clean(m.Groups["text"].Value), null);
        }

        if (weight > 100m)
        {
            problem = $"{what} weight '{written}' is over 100%";
            return (CjkText.Clean(m.Groups["text"].Value), null);
        }

        return (CjkText.Clean(m.Groups["text"].Value), weight);
    }

    [GeneratedRegex(@"^(?<text>.*?)\s*(?<w>[(（][^()（）]*[)）])\s*$", RegexOptions.Singleline)]
    private static partial Regex TrailingParenthesis();
}
