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

    public List<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        TextRules.Required(errors, "title_zh", Title.Zh, new("指標名稱（中文）", "indicator title (Chinese)"), 500);
        TextRules.Optional(errors, "title_en", Title.En, new("指標名稱（英文）", "indicator title (English)"), 500);
        TextRules.Weight(errors, "weight_percent", WeightPercent, new("權重", "weight"));
        TextRules.Required(errors, "measurement_zh", MeasurementStandard.Zh, new("衡量標準（中文）", "measurement standard (Chinese)"), 2000);
        TextRules.Optional(errors, "measurement_en", MeasurementStandard.En, new("衡量標準（英文）", "measurement standard (English)"), 2000);
        TextRules.Required(errors, "unit_zh", Unit.Zh, new("單位（中文）", "unit (Chinese)"), 50);
        TextRules.Optional(errors, "unit_en", Unit.En, new("單位（英文）", "unit (English)"), 50);
        TextRules.Optional(errors, "unit_en_one", UnitEnOne, new("單位（英文單數）", "unit (English, singular)"), 50);
        if (UnitEnOne.Trim().Length > 0 && Unit.En.Trim().Length == 0)
        {
            errors.Add(new("unit_en_one", new("請先填寫英文單位（複數）", "give the English unit (plural) first")));
        }
        if (TargetValue is < 0m or > 1_000_000_000m)
        {
            errors.Add(new("target_value", new("目標值須為 0 以上的數字", "the target value must be a number of 0 or more")));
        }

        return errors;
    }

    public Dictionary<string, string?> AuditFields() => new()
    {
        ["title_zh"] = Title.Zh.Trim(),
        ["title_en"] = Title.En.Trim(),
        ["weight_percent"] = WeightPercent.ToString(CultureInfo.InvariantCulture),
        ["measurement_zh"] = MeasurementStandard.Zh.Trim(),
        ["measurement_en"] = MeasurementStandard.En.Trim(),
        ["unit_zh"] = Unit.Zh.Trim(),
        ["unit_en"] = Unit.En.Trim(),
        ["unit_en_one"] = UnitEnOne.Trim(),
        ["target_value"] = TargetValue.ToString(CultureInfo.InvariantCulture),
        ["direction"] = Direction.Code(),
    };
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
        var errors = edit.Validate();
        var before = Find(c, t, planId, edit.IndicatorId);
        if (before is not null && before.TargetValue != edit.TargetValue && string.IsNullOrWhiteSpace(context.Reason))
        {
            errors.Add(new("reason", new("變更目標值須說明原因", "a change to the target value needs a reason")));
        }

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
