using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PerformancePlan.Portal.Text;

namespace PerformancePlan.Portal.Areas.Admin.Forms;

/// <summary>Reads typed values out of form text, adding an error on the field (by its form key) when the text is not one.</summary>
public static class FormValues
{
    public static decimal? Decimal(ModelStateDictionary errors, string key, string? text, string label, AdminText t, bool required = true)
    {
        if (Missing(errors, key, text, label, t, required))
        {
            return null;
        }

        var cleaned = text!.Trim().Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal);
        if (decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.AddModelError(key, string.Format(CultureInfo.InvariantCulture, t.MustBeNumber, label));
        return null;
    }

    public static int? Int(ModelStateDictionary errors, string key, string? text, string label, AdminText t, bool required = true)
    {
        if (Missing(errors, key, text, label, t, required))
        {
            return null;
        }

        if (int.TryParse(text!.Trim().Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.AddModelError(key, string.Format(CultureInfo.InvariantCulture, t.MustBeWholeNumber, label));
        return null;
    }

    public static DateOnly? Date(ModelStateDictionary errors, string key, string? text, string label, AdminText t, bool required = true)
    {
        if (Missing(errors, key, text, label, t, required))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        errors.AddModelError(key, string.Format(CultureInfo.InvariantCulture, t.MustBeDate, label));
        return null;
    }

    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>True when there is no text (an error when the field is required).</summary>
    private static bool Missing(ModelStateDictionary errors, string key, string? text, string label, AdminText t, bool required)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (required)
        {
            errors.AddModelError(key, string.Format(CultureInfo.InvariantCulture, t.Required, label));
        }

        return true;
    }
}
