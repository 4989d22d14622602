using System.Globalization;
using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Plans;

/// <summary>What an editor can change about an indicator.</summary>
public sealed record IndicatorEdit(
    long IndicatorId,
    Bilingual Title,
    decimal WeightPercent,
    Bilingual MeasurementStandard,
    Bilingual Unit,
    decimal TargetValue,
    IndicatorDirection Direction,
    long Version)
{
    /// <summary>The English unit for a value of exactly 1 ("exchange" beside "exchanges"); empty when it is the same as <see cref="Unit"/>.</summary>
    public string UnitEnOne { get; init; } = string.Empty;

    public static IndicatorEdit Of(Indicator i) =>
        new(i.Id, i.Title, i.WeightPercent, i.MeasurementStandard, i.Unit, i.TargetValue, i.Direction, i.Version) { UnitEnOne = i.UnitEnOne };
}

/// <summary>
/// Writes indicators: validated, versioned, audited, one transaction each. A change to the target
/// needs a reason (targets changed mid-year are a public-interest fact); the audit trail keeps it.
/// </summary>
public sealed class IndicatorStore(PlanDatabase database)
{
    private const string Entity = "indicator";

    public void Update(long planId, IndicatorEdit edit, ChangeContext context) =>
        database.InTransaction((c, t) => Update(c, t, planId, edit, context));

    public static IndicatorEdit? Find(SqliteConnection c, SqliteTransaction? t, long planId, long indicatorId) =>
        c.Query(
            """
            SELECT i.* FROM indicators i JOIN goals g ON g.id = i.goal_id
            WHERE i.id = $indicatorId AND g.plan_id = $planId
            """,
            r => new IndicatorEdit(
                r.Long("id"),
                r.Bilingual("title"),
                r.Decimal("weight_percent"),
                r.Bilingual("measurement"),
                r.Bilingual("unit"),
                r.Decimal("target_value"),
                IndicatorDirections.FromCode(r.Text("direction")),
                r.Long("version"))
            {
                UnitEnOne = r.Text("unit_en_one"),
            },
            t,
            new { indicatorId, planId }).SingleOrDefault();

    public static void Update(SqliteConnection c, SqliteTransaction t, long planId, IndicatorEdit edit, ChangeContext context)
    {
        var before = Find(c, t, planId, edit.IndicatorId);
        var errors = edit.Validate(before, context.Reason);

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        if (before is null || before.Version != edit.Version)
        {
            throw new ConcurrencyConflictException(Entity, Key(edit.IndicatorId), before);
        }

        c.Execute(
            """
            UPDATE indicators SET title_zh = $TitleZh, title_en = $TitleEn, weight_percent = $Weight,
                measurement_zh = $MeasurementZh, measurement_en = $MeasurementEn, unit_zh = $UnitZh, unit_en = $UnitEn,
                unit_en_one = $UnitEnOne, target_value = $Target, direction = $Direction, version = version + 1
            WHERE id = $Id AND version = $Version
            """,
            t,
            new
            {
                TitleZh = edit.Title.Zh.Trim(),
                TitleEn = edit.Title.En.Trim(),
                Weight = edit.WeightPercent,
                MeasurementZh = edit.MeasurementStandard.Zh.Trim(),
                MeasurementEn = edit.MeasurementStandard.En.Trim(),
                UnitZh = edit.Unit.Zh.Trim(),
                UnitEn = edit.Unit.En.Trim(),
                UnitEnOne = edit.UnitEnOne.Trim(),
                Target = edit.TargetValue,
                Direction = edit.Direction.Code(),
                Id = edit.IndicatorId,
                edit.Version,
            });
        AuditTrail.RecordChanges(c, t, context, planId, Entity, Key(edit.IndicatorId), before.AuditFields(), edit.AuditFields());
        PlanContent.Touch(c, t, planId, context);
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
