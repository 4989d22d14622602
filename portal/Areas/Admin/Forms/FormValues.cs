using System.Globalization;

namespace PerformancePlan.Portal.Areas.Admin.Forms;

/// <summary>Reads typed values out of form text, adding an error that names the field when the text is not one.</summary>
public static class FormValues
{
    /// <summary>The record version a form carried back (0 for a new record or a tampered value).</summary>
    public static long Version(string? text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var version) ? version : 0;

    public static decimal? Decimal(FormErrors errors, string field, string? text, string label, Text.AdminText t, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, string.Format(CultureInfo.InvariantCulture, t.Required, label));
            }

            return null;
        }

        var cleaned = text.Trim().Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal);
        if (decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, string.Format(CultureInfo.InvariantCulture, t.MustBeNumber, label));
        return null;
    }

    public static int? Int(FormErrors errors, string field, string? text, string label, Text.AdminText t, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, string.Format(CultureInfo.InvariantCulture, t.Required, label));
            }

            return null;
        }

        if (int.TryParse(text.Trim().Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, string.Format(CultureInfo.InvariantCulture, t.MustBeWholeNumber, label));
        return null;
    }

    public static DateOnly? Date(FormErrors errors, string field, string? text, string label, Text.AdminText t, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, string.Format(CultureInfo.InvariantCulture, t.Required, label));
            }

            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        errors.Add(field, string.Format(CultureInfo.InvariantCulture, t.MustBeDate, label));
        return null;
    }

    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
