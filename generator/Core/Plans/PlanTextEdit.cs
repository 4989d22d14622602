namespace PerformancePlan.Core.Plans;

/// <summary>The plan's own texts that editors keep: the agency's name, the vision and the numbered tasks.</summary>
public sealed record PlanTextEdit(Bilingual Agency, Bilingual Vision, IReadOnlyList<Bilingual> Tasks)
{
    public const int MaxLength = 10_000;

    public static PlanTextEdit Of(Plan plan) => new(plan.Agency, plan.Vision, plan.Tasks.Select(t => t.Text).ToList());

    public List<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        TextRules.Required(errors, "agency_zh", Agency.Zh, 200);
        TextRules.Optional(errors, "agency_en", Agency.En, 200);
        TextRules.Required(errors, "vision_zh", Vision.Zh, MaxLength);
        TextRules.Optional(errors, "vision_en", Vision.En, MaxLength);
        if (Tasks.Count == 0)
        {
            errors.Add(new("task_1_zh", new("至少要有一項任務", "the plan needs at least one task")));
        }

        for (var i = 0; i < Tasks.Count; i++)
        {
            var n = i + 1;
            TextRules.Required(errors, $"task_{n}_zh", Tasks[i].Zh, MaxLength);
            TextRules.Optional(errors, $"task_{n}_en", Tasks[i].En, MaxLength);
        }

        return errors;
    }

    /// <summary>The fields the audit trail compares.</summary>
    public Dictionary<string, string?> AuditFields()
    {
        var fields = new Dictionary<string, string?>
        {
            ["agency_zh"] = Agency.Zh.Trim(),
            ["agency_en"] = Agency.En.Trim(),
            ["vision_zh"] = Vision.Zh.Trim(),
            ["vision_en"] = Vision.En.Trim(),
        };
        for (var i = 0; i < Tasks.Count; i++)
        {
            fields[$"task_{i + 1}_zh"] = Tasks[i].Zh.Trim();
            fields[$"task_{i + 1}_en"] = Tasks[i].En.Trim();
        }

        return fields;
    }
}
