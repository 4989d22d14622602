using System.Globalization;
using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Plans;

/// <summary>What an editor can change about a strategic goal: its title, weight and items.</summary>
public sealed record GoalEdit(long GoalId, Bilingual Title, decimal WeightPercent, IReadOnlyList<Bilingual> Items, long Version);

/// <summary>Writes strategic goals: validated, versioned, audited, one transaction each.</summary>
public sealed class GoalStore(PlanDatabase database)
{
    private const string Entity = "goal";

    public void Update(long planId, GoalEdit edit, ChangeContext context) =>
        database.InTransaction((c, t) => Update(c, t, planId, edit, context));

    public static GoalEdit? Find(SqliteConnection c, SqliteTransaction? t, long planId, long goalId)
    {
        var goal = c.Query(
            "SELECT id, title_zh, title_en, weight_percent, version FROM goals WHERE id = $goalId AND plan_id = $planId",
            r => new GoalEdit(r.Long("id"), r.Bilingual("title"), r.Decimal("weight_percent"), [], r.Long("version")),
            t,
            new { goalId, planId }).SingleOrDefault();
        if (goal is null)
        {
            return null;
        }

        var items = c.Query("SELECT text_zh, text_en FROM goal_items WHERE goal_id = $goalId ORDER BY ordinal", r => r.Bilingual("text"), t, new { goalId });
        return goal with { Items = items };
    }

    public static void Update(SqliteConnection c, SqliteTransaction t, long planId, GoalEdit edit, ChangeContext context)
    {
        var errors = edit.Validate();
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var before = Find(c, t, planId, edit.GoalId);
        if (before is null || before.Version != edit.Version)
        {
            throw new ConcurrencyConflictException(Entity, Key(edit.GoalId), before);
        }

        c.Execute(
            """
            UPDATE goals SET title_zh = $zh, title_en = $en, weight_percent = $weight, version = version + 1
            WHERE id = $id AND plan_id = $planId AND version = $version
            """,
            t,
            new { zh = edit.Title.Zh.Trim(), en = edit.Title.En.Trim(), weight = edit.WeightPercent, id = edit.GoalId, planId, version = edit.Version });
        c.Execute("DELETE FROM goal_items WHERE goal_id = $id", t, new { id = edit.GoalId });
        for (var i = 0; i < edit.Items.Count; i++)
        {
            c.Execute(
                "INSERT INTO goal_items (goal_id, ordinal, text_zh, text_en) VALUES ($id, $ordinal, $zh, $en)",
                t,
                new { id = edit.GoalId, ordinal = i + 1, zh = edit.Items[i].Zh.Trim(), en = edit.Items[i].En.Trim() });
        }

        AuditTrail.RecordChanges(c, t, context, planId, Entity, Key(edit.GoalId), before.AuditFields(), edit.AuditFields());
        PlanContent.Touch(c, t, planId, context);
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
