namespace PerformancePlan.Core;

/// <summary>
/// Rules every free-text field shares, whatever the way in (admin form, CSV import, plan document):
/// required where the domain needs it, a length limit, and one rule for control characters.
/// Vertical tab and form feed (a manual line break from a word processor) mean a line break and
/// become one (<see cref="Normalise"/>); NUL, every other C0 and C1 control, U+FFFE, U+FFFF and
/// unpaired surrogates have no meaning in a published text and are refused with the field named.
/// </summary>
public static class TextRules
{
    /// <summary>A required text: present, within <paramref name="maxLength"/>, no refused character; named by <see cref="FieldLabels"/>.</summary>
    public static void Required(List<FieldError> errors, string field, string? value, int maxLength) =>
        Required(errors, field, value, FieldLabels.InSentence(field), maxLength);

    /// <summary>An optional text: within <paramref name="maxLength"/>, no refused character; named by <see cref="FieldLabels"/>.</summary>
    public static void Optional(List<FieldError> errors, string field, string? value, int maxLength) =>
        Optional(errors, field, value, FieldLabels.InSentence(field), maxLength);

    /// <summary>The error for a required field left empty, named by <see cref="FieldLabels"/>.</summary>
    public static FieldError Missing(string field) => Missing(field, FieldLabels.InSentence(field));

    private static FieldError Missing(string field, Bilingual label) => new(field, new($"請填寫{label.Zh}", $"the {label.En} is required"));

    /// <summary>A weight in percent from 0 to 100, named by <see cref="FieldLabels"/>.</summary>
    public static void Weight(List<FieldError> errors, string field, decimal weight) =>
        Weight(errors, field, weight, FieldLabels.InSentence(field));

    public static void Required(List<FieldError> errors, string field, string? value, Bilingual label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(Missing(field, label));
            return;
        }

        Optional(errors, field, value, label, maxLength);
    }

    public static void Optional(List<FieldError> errors, string field, string? value, Bilingual label, int maxLength)
    {
        if (value is null)
        {
            return;
        }

        if (value.Trim().Length > maxLength)
        {
            errors.Add(new(field, new($"{label.Zh}過長（最多 {maxLength} 字）", $"the {label.En} is too long ({maxLength} characters at most)")));
        }

        ControlCharacters(errors, field, value, label);
    }

    /// <summary>Refuses a text holding a character no published text may hold (after <see cref="Normalise"/>).</summary>
    public static void ControlCharacters(List<FieldError> errors, string field, string? value, Bilingual label)
    {
        var at = value is null ? -1 : FirstRefused(Normalise(value));
        if (at >= 0)
        {
            var code = CodePoint(value![at]);
            errors.Add(new(field, new(
                $"{label.Zh}含有不允許的控制字元 {code}（第 {at + 1} 個字元）",
                $"the {label.En} holds the control character {code} (character {at + 1}), which a published text cannot hold")));
        }
    }

    /// <summary>Vertical tab and form feed become a line break; every other character stays as it is.</summary>
    public static string Normalise(string text) =>
        text.AsSpan().IndexOfAny('\v', '\f') < 0 ? text : text.Replace('\v', '\n').Replace('\f', '\n');

    /// <summary>The index of the first character a text may not hold, or -1 (vertical tab and form feed count as refused: normalise first).</summary>
    public static int FirstRefused(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsRefused(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// What the writers (HTML, XML, CSV, JSON) get from the store whatever it holds: the text
    /// normalised, and any refused character that reached the store before this rule replaced by
    /// U+FFFD, so a stored text can never stop a publish.
    /// </summary>
    public static string Repair(string text)
    {
        var normalised = Normalise(text);
        var at = FirstRefused(normalised);
        if (at < 0)
        {
            return normalised;
        }

        var chars = normalised.ToCharArray();
        for (var i = at; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (IsRefused(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>How a character is named in messages: U+000B.</summary>
    public static string CodePoint(char c) => $"U+{(int)c:X4}";

    /// <summary>A weight in percent must lie from 0 to 100.</summary>
    public static void Weight(List<FieldError> errors, string field, decimal weight, Bilingual label)
    {
        if (weight is < 0m or > 100m)
        {
            errors.Add(new(field, new($"{label.Zh}須介於 0 至 100", $"the {label.En} must be from 0 to 100")));
        }
    }

    private static bool IsRefused(char c) =>
        (c < '\u0020' && c is not ('\t' or '\n' or '\r'))
        || c is >= '\u007F' and <= '\u009F'
        || c is '\uFFFE' or '\uFFFF'
        || char.IsSurrogate(c);
}
