using System.Globalization;

namespace PerformancePlan.Generator.Text;

/// <summary>Dates in the ROC calendar (民國) as Chinese pages and the plan itself write them: 107 年 4 月 10 日.</summary>
public static class Roc
{
    public static int Year(int adYear) => Core.FiscalYear.ToRoc(adYear);

    public static string Date(DateOnly d) => $"{Year(d.Year).ToString(CultureInfo.InvariantCulture)} 年 {d.Month} 月 {d.Day} 日";

    public static string Month(DateOnly d) => $"{Year(d.Year).ToString(CultureInfo.InvariantCulture)} 年 {d.Month} 月";

    /// <summary>民國 107 年第 1 季, 民國 107 年 3 月.</summary>
    public static string Period(Core.Plans.Period p) => p.Kind == Core.Plans.PeriodKind.Quarter
        ? $"民國 {Year(p.Year).ToString(CultureInfo.InvariantCulture)} 年第 {p.Number} 季"
        : $"民國 {Year(p.Year).ToString(CultureInfo.InvariantCulture)} 年 {p.Number} 月";
}
