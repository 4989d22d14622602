using System.Globalization;

namespace PerformancePlan.Core.Plans;

/// <summary>What an indicator must meet and how a change to it is audited: the one home of its rules.</summary>
public static class IndicatorRules
{
    public const int MaxTitleLength = 500;

    public const int MaxMeasurementLength = 2000;

    public const int MaxUnitLength = 50;

    public const decimal MaxTarget = 1_000_000_000m;

    /// <summary>Every rule an edit must meet; a change to the target (from <paramref name="before"/>) needs a reason.</summary>
    public static List<FieldError> Validate(this IndicatorEdit edit, IndicatorEdit? before = null, string? reason = null)
    {
        var errors = new List<FieldError>();
        TextRules.Required(errors, "title_zh", edit.Title.Zh, MaxTitleLength);
        TextRules.Optional(errors, "title_en", edit.Title.En, MaxTitleLength);
        TextRules.Weight(errors, "weight_percent", edit.WeightPercent);
        TextRules.Required(errors, "measurement_zh", edit.MeasurementStandard.Zh, MaxMeasurementLength);
        TextRules.Optional(errors, "measurement_en", edit.MeasurementStandard.En, MaxMeasurementLength);
        TextRules.Required(errors, "unit_zh", edit.Unit.Zh, MaxUnitLength);
        TextRules.Optional(errors, "unit_en", edit.Unit.En, MaxUnitLength);
        TextRules.Optional(errors, "unit_en_one", edit.UnitEnOne, MaxUnitLength);
        if (edit.UnitEnOne.Trim().Length > 0 && edit.Unit.En.Trim().Length == 0)
        {
            errors.Add(new("unit_en_one", new("請先填寫英文單位（複數）", "give the English unit (plural) first")));
        }

        if (edit.TargetValue is < 0m or > MaxTarget)
        {
            errors.Add(new("target_value", new("目標值須為 0 以上的數字", "the target value must be a number of 0 or more")));
        }

        if (before is not null && before.TargetValue != edit.TargetValue && string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new("reason", new("變更目標值須說明原因", "a change to the target value needs a reason")));
        }

        return errors;
    }

    /// <summary>The fields the audit trail compares, by their Core names.</summary>
    public static Dictionary<string, string?> AuditFields(this IndicatorEdit edit) => new()
    {
        ["title_zh"] = edit.Title.Zh.Trim(),
        ["title_en"] = edit.Title.En.Trim(),
        ["weight_percent"] = edit.WeightPercent.ToString(CultureInfo.InvariantCulture),
        ["measurement_zh"] = edit.MeasurementStandard.Zh.Trim(),
        ["measurement_en"] = edit.MeasurementStandard.En.Trim(),
        ["unit_zh"] = edit.Unit.Zh.Trim(),
        ["unit_en"] = edit.Unit.En.Trim(),
        ["unit_en_one"] = edit.UnitEnOne.Trim(),
        ["target_value"] = edit.TargetValue.ToString(CultureInfo.InvariantCulture),
        ["direction"] = edit.Direction.Code(),
    };
}
