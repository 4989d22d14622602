using System.Globalization;
using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Plans;

/// <summary>Writes the plan's agency, vision and tasks: validated, versioned on the plan row, audited.</summary>
public sealed class PlanTextStore(PlanDatabase database)
{
    private const string Entity = "plan";

    public void Save(long planId, PlanTextEdit texts, long expectedVersion, ChangeContext context) =>
        database.InTransaction((c, t) => Save(c, t, planId, texts, expectedVersion, context));

    public static void Save(SqliteConnection c, SqliteTransaction t, long planId, PlanTextEdit texts, long expectedVersion, ChangeContext context)
    {
        var errors = texts.Validate();
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var before = Read(c, t, planId);
        if (before is null || before.Value.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(Entity, planId.ToString(CultureInfo.InvariantCulture), before?.Texts);
        }

        c.Execute(
            """
            UPDATE plans SET vision_zh = $VisionZh, vision_en = $VisionEn, version = version + 1
            WHERE id = $planId AND version = $expectedVersion
            """,
            t,
            new
            {
                VisionZh = texts.Vision.Zh.Trim(),
                VisionEn = texts.Vision.En.Trim(),
                planId,
                expectedVersion,
            });
        Agencies.AgencyStore.RenameForPlan(c, t, planId, texts.Agency);
        c.Execute("DELETE FROM plan_tasks WHERE plan_id = $planId", t, new { planId });
        for (var i = 0; i < texts.Tasks.Count; i++)
        {
            c.Execute(
                "INSERT INTO plan_tasks (plan_id, ordinal, text_zh, text_en) VALUES ($planId, $ordinal, $zh, $en)",
                t,
                new { planId, ordinal = i + 1, zh = texts.Tasks[i].Zh.Trim(), en = texts.Tasks[i].En.Trim() });
        }

        AuditTrail.RecordChanges(c, t, context, planId, Entity, planId.ToString(CultureInfo.InvariantCulture),
            before.Value.Texts.AuditFields(), texts.AuditFields());
        PlanContent.Touch(c, t, planId, context);
    }

    /// <summary>The plan's texts and version as stored, or null when there is no such plan.</summary>
    public static (PlanTextEdit Texts, long Version)? Read(SqliteConnection c, SqliteTransaction? t, long planId)
    {
        var header = c.Query(
            """
            SELECT a.name_zh AS agency_zh, a.name_en AS agency_en, p.vision_zh, p.vision_en, p.version
            FROM plans p JOIN agencies a ON a.id = p.agency_id WHERE p.id = $planId
            """,
            r => (Agency: r.Bilingual("agency"), Vision: r.Bilingual("vision"), Version: r.Long("version")),
            t,
            new { planId }).SingleOrDefault();
        if (header.Agency is null)
        {
            return null;
        }

        var tasks = c.Query("SELECT text_zh, text_en FROM plan_tasks WHERE plan_id = $planId ORDER BY ordinal", r => r.Bilingual("text"), t, new { planId });
        return (new PlanTextEdit(header.Agency, header.Vision, tasks), header.Version);
    }
}
