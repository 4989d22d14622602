namespace PerformancePlan.Core.Import;

/// <summary>Chinese numerals as documents number their parts: 一 … 十, 十一, 二十三, 一百.</summary>
public static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    public static bool TryParse(string? text, out int value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var total = 0;
        var current = -1;
        foreach (var c in text.Replace('零', '〇').Replace('兩', '二'))
        {
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit == 0)
            {
                continue;
            }

            if (digit > 0)
            {
                if (current >= 0)
                {
                    return false;
                }

                current = digit;
            }
            else if (c is '十' or '百')
            {
                var unit = c == '十' ? 10 : 100;
                total += (current < 0 ? 1 : current) * unit;
                current = -1;
            }
            else
            {
                return false;
            }
        }

        value = total + Math.Max(current, 0);
        return value > 0;
    }

    public static string Format(int value)
    {
        if (value is <= 0 or >= 1000)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var hundreds = value / 100;
        var tens = value / 10 % 10;
        var ones = value % 10;
        var text = hundreds > 0 ? Digits[hundreds] + "百" : string.Empty;
        if (tens > 0)
        {
            text += (tens == 1 && hundreds == 0 ? string.Empty : Digits[tens].ToString()) + "十";
        }
        else if (hundreds > 0 && ones > 0)
        {
            text += "〇";
        }

        return ones > 0 ? text + Digits[ones] : text;
    }
}
