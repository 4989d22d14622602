namespace PerformancePlan.Core.Import;

/// <summary>
/// The singular and plural of an English unit as a plan's target writes it ("6 exchanges", "1 volume"):
/// the form the target uses is kept, the other follows the regular rules and a few irregular nouns.
/// Editors correct either in the admin.
/// </summary>
public static class EnglishUnits
{
    private static readonly (string One, string Many)[] Irregular =
    [
        ("person", "people"), ("child", "children"), ("man", "men"), ("woman", "women"), ("%", "%"),
    ];

    /// <summary>The plural of the unit a target of <paramref name="value"/> was written with.</summary>
    public static string Plural(string unit, decimal value) => value == 1m ? ToPlural(unit) : unit;

    /// <summary>The singular of the unit a target of <paramref name="value"/> was written with.</summary>
    public static string Singular(string unit, decimal value) => value == 1m ? unit : ToSingular(unit);

    public static string ToPlural(string unit)
    {
        if (unit.Length == 0 || !char.IsAsciiLetter(unit[^1]))
        {
            return unit;
        }

        var (head, last) = SplitLastWord(unit);
        foreach (var (one, many) in Irregular)
        {
            if (string.Equals(last, one, StringComparison.OrdinalIgnoreCase))
            {
                return head + many;
            }

            if (string.Equals(last, many, StringComparison.OrdinalIgnoreCase))
            {
                return unit;
            }
        }

        if (last.EndsWith('y') && last.Length > 1 && !"aeiou".Contains(last[^2], StringComparison.Ordinal))
        {
            return head + last[..^1] + "ies";
        }

        if (last.EndsWith('s') || last.EndsWith('x') || last.EndsWith("ch", StringComparison.Ordinal) || last.EndsWith("sh", StringComparison.Ordinal))
        {
            return head + last + "es";
        }

        return head + last + "s";
    }

    public static string ToSingular(string unit)
    {
        if (unit.Length == 0 || !char.IsAsciiLetter(unit[^1]))
        {
            return unit;
        }

        var (head, last) = SplitLastWord(unit);
        foreach (var (one, many) in Irregular)
        {
            if (string.Equals(last, many, StringComparison.OrdinalIgnoreCase))
            {
                return head + one;
            }

            if (string.Equals(last, one, StringComparison.OrdinalIgnoreCase))
            {
                return unit;
            }
        }

        if (last.EndsWith("ies", StringComparison.Ordinal) && last.Length > 3)
        {
            return head + last[..^3] + "y";
        }

        if (last.EndsWith("sses", StringComparison.Ordinal) || last.EndsWith("xes", StringComparison.Ordinal)
            || last.EndsWith("ches", StringComparison.Ordinal) || last.EndsWith("shes", StringComparison.Ordinal))
        {
            return head + last[..^2];
        }

        if (last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal))
        {
            return head + last[..^1];
        }

        return unit;
    }

    private static (string Head, string Last) SplitLastWord(string unit)
    {
        var space = unit.LastIndexOf(' ');
        return space < 0 ? (string.Empty, unit) : (unit[..(space + 1)], unit[(space + 1)..]);
    }
}
