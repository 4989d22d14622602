using System.Globalization;
using System.Text.RegularExpressions;
using PerformancePlan.Core.Figures;

namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>Reads figures the way a person reads them off a page: "53,628.75 千元" is 53628.75.</summary>
public static partial class Figures
{
    /// <summary>The first number in <paramref name="text"/>, thousands separators ignored; null when there is none.</summary>
    public static decimal? FirstNumber(string text)
    {
        var match = NumberPattern().Match(text);
        return match.Success ? decimal.Parse(match.Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture) : null;
    }

    public static decimal Number(string text) =>
        FirstNumber(text) ?? throw new FormatException($"no number in \"{text}\"");

    /// <summary>A raw CSV number ("53628.75", or empty for none).</summary>
    public static decimal? Raw(string text) =>
        text.Length == 0 ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>The CSS modifier the site marks a status with (never colour alone: it also prints the word).</summary>
    public static string StatusClass(IndicatorStatus status) => "status--" + status switch
    {
        IndicatorStatus.NotAchieved => "not-achieved",
        IndicatorStatus.FinalNotReported => "not-reported",
        _ => status.Code().Replace('_', '-'),
    };

    [GeneratedRegex(@"-?\d[\d,]*(\.\d+)?")]
    private static partial Regex NumberPattern();
}
