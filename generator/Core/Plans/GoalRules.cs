using System.Globalization;

namespace PerformancePlan.Core.Plans;

/// <summary>What a strategic goal must meet and how a change to it is audited: the one home of its rules.</summary>
public static class GoalRules
{
    public const int MaxTitleLength = 500;

    public const int MaxItemLength = 2000;

    public static List<FieldError> Validate(this GoalEdit edit)
    {
        var errors = new List<FieldError>();
        TextRules.Required(errors, "title_zh", edit.Title.Zh, MaxTitleLength);
        TextRules.Optional(errors, "title_en", edit.Title.En, MaxTitleLength);
        TextRules.Weight(errors, "weight_percent", edit.WeightPercent);
        for (var i = 0; i < edit.Items.Count; i++)
        {
            TextRules.Required(errors, $"item_{i + 1}_zh", edit.Items[i].Zh, MaxItemLength);
            TextRules.Optional(errors, $"item_{i + 1}_en", edit.Items[i].En, MaxItemLength);
        }

        return errors;
    }

    /// <summary>The fields the audit trail compares, by their Core names.</summary>
    public static Dictionary<string, string?> AuditFields(this GoalEdit edit)
    {
        var fields = new Dictionary<string, string?>
        {
            ["title_zh"] = edit.Title.Zh.Trim(),
            ["title_en"] = edit.Title.En.Trim(),
            ["weight_percent"] = edit.WeightPercent.ToString(CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < edit.Items.Count; i++)
        {
            fields[$"item_{i + 1}_zh"] = edit.Items[i].Zh.Trim();
            fields[$"item_{i + 1}_en"] = edit.Items[i].En.Trim();
        }

        return fields;
    }
}
