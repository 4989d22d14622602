namespace PerformancePlan.Core;

/// <summary>Rules every free-text field shares: required where the domain needs it, and a length limit.</summary>
public static class TextRules
{
    public static void Required(List<FieldError> errors, string field, string? value, Bilingual label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, new($"請填寫{label.Zh}", $"the {label.En} is required")));
            return;
        }

        Optional(errors, field, value, label, maxLength);
    }

    public static void Optional(List<FieldError> errors, string field, string? value, Bilingual label, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            errors.Add(new(field, new($"{label.Zh}過長（最多 {maxLength} 字）", $"the {label.En} is too long ({maxLength} characters at most)")));
        }
    }

    /// <summary>A weight in percent must lie from 0 to 100.</summary>
    public static void Weight(List<FieldError> errors, string field, decimal weight, Bilingual label)
    {
        if (weight is < 0m or > 100m)
        {
            errors.Add(new(field, new($"{label.Zh}須介於 0 至 100", $"the {label.En} must be from 0 to 100")));
        }
    }
}
