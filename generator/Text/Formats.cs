using System.Globalization;

namespace PerformancePlan.Generator.Text;

/// <summary>How numbers and dates read on a page (the CSV files carry raw values instead).</summary>
public static class Formats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>53628.75 → "53,628.75"; 7300 → "7,300".</summary>
    public static string Amount(decimal value) => value.ToString("#,##0.##", Invariant);

    /// <summary>A figure as entered, with thousands separators and no trailing zeros.</summary>
    public static string Number(decimal value) => value.ToString("#,##0.####", Invariant);

    public static string Number(int value) => value.ToString("#,##0", Invariant);

    public static string Number(long value) => value.ToString("#,##0", Invariant);

    /// <summary>38.2 → "38.2%"; 45 → "45%".</summary>
    public static string Percent(decimal value) => value.ToString("#,##0.##", Invariant) + "%";

    /// <summary>A raw number as written in CSV and data attributes: invariant, no separators.</summary>
    public static string Raw(decimal value) => value.ToString("0.############################", Invariant);

    public static string Raw(int value) => value.ToString(Invariant);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);
}
