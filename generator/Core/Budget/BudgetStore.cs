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
            AuditTrail.RecordChanges(c, t, context, line.PlanId, Entity, Key(line.Id), BudgetRules.AuditFields(before), BudgetRules.AuditFields(line));
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


    private static void Check(BudgetLine line)
    {
        var errors = BudgetRules.Validate(line);
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
