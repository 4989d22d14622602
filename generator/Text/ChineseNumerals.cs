namespace PerformancePlan.Generator.Text;

/// <summary>一, 二 … 九十九: the numerals Taiwanese plans number their goals and items with.</summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    public static string Of(int n)
    {
        if (n is < 1 or > 99)
        {
            return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (n < 10)
        {
            return Digits[n];
        }

        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? string.Empty : Digits[tens]) + "十" + (ones == 0 ? string.Empty : Digits[ones]);
    }
}
