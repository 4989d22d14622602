using System.Globalization;

namespace PerformancePlan.Core.Plans;

/// <summary>What an actual must meet and how a change to it is audited: the one home of its rules, shared by the store, the CSV import and the admin form.</summary>
public static class ActualRules
{
    /// <summary>A note explains a figure in a paragraph or two.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>A source names a system, a report or a unit.</summary>
    public const int MaxSourceLength = 500;

    public static List<FieldError> Validate(Actual a, int fiscalAdYear)
    {
        var errors = new List<FieldError>();
        if (a.Period.Year != fiscalAdYear)
        {
            errors.Add(new("period", new($"期間須在 {fiscalAdYear} 年度內", $"the period must fall in fiscal year {fiscalAdYear}")));
        }

        if (a.Value < 0m || a.Value > 1_000_000_000m)
        {
            errors.Add(new("value", new("實際值須為 0 以上的數字", "the value must be a number of 0 or more")));
        }

        if (a.ReportedOn < new DateOnly(a.Period.Year, a.Period.Kind == PeriodKind.Quarter ? a.Period.EndMonth - 2 : a.Period.EndMonth, 1))
        {
            errors.Add(new("reported_on", new("填報日期不得早於期間開始", "the date reported cannot be before the period begins")));
        }

        TextRules.Optional(errors, "note_zh", a.Note.Zh, MaxNoteLength);
        TextRules.Optional(errors, "note_en", a.Note.En, MaxNoteLength);
        TextRules.Optional(errors, "source", a.Source, MaxSourceLength);

        return errors;
    }

    /// <summary>The fields the audit trail compares, by their Core names.</summary>
    public static Dictionary<string, string?> AuditFields(Actual a) => new()
    {
        ["value"] = a.Value.ToString(CultureInfo.InvariantCulture),
        ["note_zh"] = a.Note.Zh.Trim(),
        ["note_en"] = a.Note.En.Trim(),
        ["source"] = a.Source.Trim(),
        ["reported_on"] = a.ReportedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}

