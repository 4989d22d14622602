using System.Globalization;
using System.Text.RegularExpressions;

namespace PerformancePlan.Core.Plans;

public enum PeriodKind
{
    Quarter,
    Month,
}

/// <summary>A reporting period of a fiscal year: a quarter (<c>2018-Q1</c>) or a month (<c>2018-03</c>).</summary>
public readonly partial record struct Period(int Year, PeriodKind Kind, int Number) : IComparable<Period>
{
    /// <summary>The last calendar month the period covers (1–12).</summary>
    public int EndMonth => Kind == PeriodKind.Quarter ? Number * 3 : Number;

    public DateOnly EndDate => new DateOnly(Year, EndMonth, 1).AddMonths(1).AddDays(-1);

    public static Period Quarter(int year, int quarter) => new(year, PeriodKind.Quarter, quarter);

    public static Period Month(int year, int month) => new(year, PeriodKind.Month, month);

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (text is null)
        {
            return false;
        }

        var match = PeriodPattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["q"].Success)
        {
            period = Quarter(year, match.Groups["q"].Value[0] - '0');
            return true;
        }

        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return false;
        }

        period = Month(year, month);
        return true;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var period)
            ? period
            : throw new FormatException($"'{text}' is not a period; expected YYYY-Qn (2018-Q1) or YYYY-MM (2018-03)");

    public int CompareTo(Period other)
    {
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0)
        {
            return byYear;
        }

        var byEnd = EndMonth.CompareTo(other.EndMonth);
        return byEnd != 0 ? byEnd : Kind.CompareTo(other.Kind);
    }

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    /// <summary>The canonical form used in the database, CSV and URLs.</summary>
    public override string ToString() =>
        Kind == PeriodKind.Quarter
            ? $"{Year}-Q{Number}"
            : $"{Year}-{Number.ToString("00", CultureInfo.InvariantCulture)}";

    /// <summary>How the period reads on a page.</summary>
    public string Display(Language language) => (Kind, language) switch
    {
        (PeriodKind.Quarter, Language.ZhTw) => $"{Year} 年第 {Number} 季",
        (PeriodKind.Quarter, _) => $"Q{Number} {Year}",
        (_, Language.ZhTw) => $"{Year} 年 {Number} 月",
        _ => new DateOnly(Year, Number, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^(?<year>\d{4})-(?:[Qq](?<q>[1-4])|(?<m>\d{2}))$")]
    private static partial Regex PeriodPattern();
}
