using System.Globalization;
using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Budget;

/// <summary>Writes budget lines: validated, versioned, audited, one transaction each.</summary>
public sealed class BudgetStore(PlanDatabase database)
{
    private const string Entity = "budget_line";

    /// <summary>Adds the line at the end of the table; returns its id.</summary>
    public long Create(BudgetLine line, ChangeContext context) =>
        database.InTransaction((c, t) =>
        {
            Check(line);
            var ordinal = Convert.ToInt32(
                c.Scalar("SELECT coalesce(max(ordinal), 0) + 1 FROM budget_lines WHERE plan_id = $PlanId", t, new { line.PlanId }),
                CultureInfo.InvariantCulture);
            var id = c.InsertReturningId(
                """
                INSERT INTO budget_lines (plan_id, ordinal, programme_ordinal, programme_title_zh, programme_title_en,
                    items_zh, items_en, amount_thousand_ntd, note_zh, note_en)
                VALUES ($PlanId, $Ordinal, $ProgrammeOrdinal, $ProgrammeZh, $ProgrammeEn, $ItemsZh, $ItemsEn, $Amount, $NoteZh, $NoteEn)
                """,
                t,
                Parameters(line with { Ordinal = ordinal }));
            AuditTrail.Record(c, t, context, line.PlanId, Entity, Key(id), "create", newValue: Describe(line));
            PlanContent.Touch(c, t, line.PlanId, context);
            return id;
        });

    public void Update(BudgetLine line, ChangeContext context) =>
        database.InTransaction((c, t) =>
        {
            Check(line);
            var before = Find(c, t, line.PlanId, line.Id);
            if (before is null || before.Version != line.Version)
            {
                throw new ConcurrencyConflictException(Entity, Key(line.Id), before);
            }

            c.Execute(
                """
                UPDATE budget_lines SET programme_ordinal = $ProgrammeOrdinal, programme_title_zh = $ProgrammeZh,
                    programme_title_en = $ProgrammeEn, items_zh = $ItemsZh, items_en = $ItemsEn,
                    amount_thousand_ntd = $Amount, note_zh = $NoteZh, note_en = $NoteEn, version = version + 1
                WHERE id = $Id AND plan_id = $PlanId AND version = $Version
                """,
                t,
                Parameters(line));
            AuditTrail.RecordChanges(c, t, context, line.PlanId, Entity, Key(line.Id), AuditFields(before), AuditFields(line));
            PlanContent.Touch(c, t, line.PlanId, context);
        });

    public void Delete(long planId, long id, long expectedVersion, ChangeContext context) =>
        database.InTransaction((c, t) =>
        {
            var before = Find(c, t, planId, id);
            if (before is null || before.Version != expectedVersion)
            {
                throw new ConcurrencyConflictException(Entity, Key(id), before);
            }

            c.Execute("DELETE FROM budget_lines WHERE id = $id AND plan_id = $planId", t, new { id, planId });
            AuditTrail.Record(c, t, context, planId, Entity, Key(id), "delete", oldValue: Describe(before));
            PlanContent.Touch(c, t, planId, context);
        });

    public static BudgetLine? Find(SqliteConnection c, SqliteTransaction? t, long planId, long id) =>
        c.Query("SELECT * FROM budget_lines WHERE id = $id AND plan_id = $planId", BudgetQueries.Read, t, new { id, planId }).SingleOrDefault();

    public static List<FieldError> Validate(BudgetLine line)
    {
        var errors = new List<FieldError>();
        if (line.ProgrammeOrdinal is < 1 or > 99)
        {
            errors.Add(new("programme_ordinal", new("計畫序號須為 1 至 99 的整數", "the program number must be a whole number from 1 to 99")));
        }

        TextRules.Required(errors, "programme_title_zh", line.ProgrammeTitle.Zh, new("計畫名稱（中文）", "program title (Chinese)"), 500);
        TextRules.Optional(errors, "programme_title_en", line.ProgrammeTitle.En, new("計畫名稱（英文）", "program title (English)"), 500);
        TextRules.Required(errors, "items_zh", line.Items.Zh, new("實施項目（中文）", "implementation items (Chinese)"), 4000);
        TextRules.Optional(errors, "items_en", line.Items.En, new("實施項目（英文）", "implementation items (English)"), 4000);
        if (line.AmountThousandNtd is < 0m or > 100_000_000m || line.AmountThousandNtd.Scale > 3)
        {
            errors.Add(new("amount_thousand_ntd", new("金額（千元）須為 0 以上、最多 3 位小數的數字", "the amount (NT$ thousand) must be a number of 0 or more with at most 3 decimals")));
        }

        TextRules.Optional(errors, "note_zh", line.Note.Zh, new("備註（中文）", "note (Chinese)"), 2000);
        TextRules.Optional(errors, "note_en", line.Note.En, new("備註（英文）", "note (English)"), 2000);
        return errors;
    }

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

    private static void Check(BudgetLine line)
    {
        var errors = Validate(line);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    private static object Parameters(BudgetLine l) => new
    {
        l.Id,
        l.PlanId,
        l.Ordinal,
        l.ProgrammeOrdinal,
        ProgrammeZh = l.ProgrammeTitle.Zh.Trim(),
        ProgrammeEn = l.ProgrammeTitle.En.Trim(),
        ItemsZh = l.Items.Zh.Trim(),
        ItemsEn = l.Items.En.Trim(),
        Amount = l.AmountThousandNtd,
        NoteZh = l.Note.Zh.Trim(),
        NoteEn = l.Note.En.Trim(),
        l.Version,
    };

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Describe(BudgetLine l) =>
        $"{l.ProgrammeOrdinal} {l.Items.Zh.Trim()} {l.AmountThousandNtd.ToString(CultureInfo.InvariantCulture)}";
}
