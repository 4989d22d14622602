namespace PerformancePlan.Generator.Site;

/// <summary>A ratio formula as written in a plan, split for display: numerator, denominator and what follows (× 100%).</summary>
public sealed record FormulaParts(string Numerator, string Denominator, string Tail)
{
    /// <summary>
    /// Splits "公文線上簽核件數 /(電子公文收文總數+紙本來文線上簽核數+自創簽稿數) × 100%" at its
    /// division sign; null for text that is not such a formula.
    /// </summary>
    public static FormulaParts? TryParse(string text)
    {
        var slash = text.IndexOfAny(['/', '÷']);
        if (slash <= 0)
        {
            return null;
        }

        var numerator = text[..slash].Trim();
        var rest = text[(slash + 1)..].TrimStart();
        if (rest.Length == 0 || numerator.Length == 0)
        {
            return null;
        }

        string denominator;
        string tail;
        if (rest[0] is '(' or '（')
        {
            var depth = 0;
            var close = -1;
            for (var i = 0; i < rest.Length; i++)
            {
                if (rest[i] is '(' or '（')
                {
                    depth++;
                }
                else if (rest[i] is ')' or '）' && --depth == 0)
                {
                    close = i;
                    break;
                }
            }

            if (close < 0)
            {
                return null;
            }

            denominator = rest[1..close].Trim();
            tail = rest[(close + 1)..].Trim();
        }
        else
        {
            var end = rest.IndexOfAny(['×', '*', ' ']);
            denominator = (end < 0 ? rest : rest[..end]).Trim();
            tail = end < 0 ? string.Empty : rest[end..].Trim();
        }

        return denominator.Length == 0 ? null : new FormulaParts(numerator, denominator, tail);
    }
}
