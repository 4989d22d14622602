using System.Globalization;

namespace PerformancePlan.Core.Budget;

/// <summary>What a budget line must meet and how a change to it is audited: the one home of its rules.</summary>
public static class BudgetRules
{
    public const int MaxTitleLength = 500;

    public const int MaxItemsLength = 4000;

    public const int MaxNoteLength = 2000;

    public static List<FieldError> Validate(BudgetLine line)
    {
        var errors = new List<FieldError>();
        if (line.ProgrammeOrdinal is < 1 or > 99)
        {
            errors.Add(new("programme_ordinal", new("計畫序號須為 1 至 99 的整數", "the program number must be a whole number from 1 to 99")));
        }

        TextRules.Required(errors, "programme_title_zh", line.ProgrammeTitle.Zh, MaxTitleLength);
        TextRules.Optional(errors, "programme_title_en", line.ProgrammeTitle.En, MaxTitleLength);
        TextRules.Required(errors, "items_zh", line.Items.Zh, MaxItemsLength);
        TextRules.Optional(errors, "items_en", line.Items.En, MaxItemsLength);
        if (line.AmountThousandNtd is < 0m or > 100_000_000m || line.AmountThousandNtd.Scale > 3)
        {
            errors.Add(new("amount_thousand_ntd", new("金額（千元）須為 0 以上、最多 3 位小數的數字", "the amount (NT$ thousand) must be a number of 0 or more with at most 3 decimals")));
        }

        TextRules.Optional(errors, "note_zh", line.Note.Zh, MaxNoteLength);
        TextRules.Optional(errors, "note_en", line.Note.En, MaxNoteLength);
        return errors;
    }

    /// <summary>The fields the audit trail compares, by their Core names.</summary>
    public static Dictionary<string, string?> AuditFields(BudgetLine l) => new()
    {
        ["programme_ordinal"] = l.ProgrammeOrdinal.ToString(CultureInfo.InvariantCulture),
        ["programme_title_zh"] = l.ProgrammeTitle.Zh.Trim(),
        ["programme_title_en"] = l.ProgrammeTitle.En.Trim(),
        ["items_zh"] = l.Items.Zh.Trim(),
        ["items_en"] = l.Items.En.Trim(),
        ["amount_thousand_ntd"] = l.AmountThousandNtd.ToString(CultureInfo.InvariantCulture),
        ["note_zh"] = l.Note.Zh.Trim(),
        ["note_en"] = l.Note.En.Trim(),
    };
}
