using System.Globalization;
using System.Text.RegularExpressions;

namespace PerformancePlan.Core.Import;

/// <summary>A target value: a number and its unit (<c>6 次</c>, <c>95%</c>, <c>1,200 人次</c>).</summary>
public readonly record struct Quantity(decimal Value, string Unit);

/// <summary>
/// Numbers as plan documents write them: thousands separators (<c>5,328.75</c>), half- or full-width
/// digits and punctuation (<c>（5%）</c>), a unit after the number.
/// </summary>
public static partial class Numbers
{
    /// <summary>A non-negative decimal: <c>5,328.75</c>, <c>７,３００</c>, <c>0</c>.</summary>
    public static bool TryParseDecimal(string? text, out decimal value)
    {
        value = 0m;
        if (text is null)
        {
            return false;
        }

        var t = Normalize(text);
        return DecimalPattern().IsMatch(t)
            && decimal.TryParse(t.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A weight in percent written <c>(5%)</c>, <c>（5%）</c> or <c>5%</c>.</summary>
    public static bool TryParseWeight(string? text, out decimal percent)
    {
        percent = 0m;
        if (text is null)
        {
            return false;
        }

        var m = PercentPattern().Match(Normalize(text).Trim('(', ')', ' '));
        return m.Success && TryParseDecimal(m.Groups["n"].Value, out percent);
    }

    /// <summary>A number followed by a unit: <c>6 次</c> → (6, 次); <c>95%</c> → (95, %); <c>1,200 人次</c> → (1200, 人次).</summary>
    public static bool TryParseQuantity(string? text, out Quantity quantity)
    {
        quantity = default;
        if (text is null)
        {
            return false;
        }

        var m = QuantityPattern().Match(Normalize(text));
        if (!m.Success || !TryParseDecimal(m.Groups["n"].Value, out var value))
        {
            return false;
        }

        quantity = new Quantity(value, CjkText.Clean(m.Groups["unit"].Value));
        return true;
    }

    /// <summary>True when the text starts with a number (so a failed quantity lacks a unit, not a number).</summary>
    public static bool StartsWithNumber(string text) => LeadingNumberPattern().IsMatch(Normalize(text));

    /// <summary>A number as entered: every decimal kept (0.001, not 0), thousands separated.</summary>
    public static string Format(decimal value) => value.ToString("#,##0.############################", CultureInfo.InvariantCulture);

    private static string Normalize(string text) =>
        CjkText.ToHalfWidth(text).Replace('，', ',').Replace('、', ',').Trim();

    [GeneratedRegex(@"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"^\s*(?<n>[\d,]+(?:\.\d+)?)\s*%\s*$")]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"^(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<unit>[^\d\s].*)$")]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"^\d")]
    private static partial Regex LeadingNumberPattern();
}
