using System.Globalization;
using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Figures;

/// <summary>
/// Writes what decides how an indicator's figures are read: its aggregation (a change needs a
/// reason), its data-quality statement, its English singular unit, and the plan's due days.
/// Validated, versioned and audited, one transaction each.
/// </summary>
public sealed class FigureSettingsStore(PlanDatabase database)
{
    private const string Entity = "indicator";
    private const int MaxStatementLength = 2000;

    public void SetAggregation(long planId, long indicatorId, IndicatorAggregation aggregation, long version, ChangeContext context) =>
        database.InTransaction((c, t) => SetAggregation(c, t, planId, indicatorId, aggregation, version, context));

    public void SetDataQuality(long planId, long indicatorId, DataQuality statement, long version, ChangeContext context) =>
        database.InTransaction((c, t) => SetDataQuality(c, t, planId, indicatorId, statement, version, context));

    public void SetDueDays(long planId, int dueDays, long version, ChangeContext context) =>
        database.InTransaction((c, t) => SetDueDays(c, t, planId, dueDays, version, context));

    public static void SetAggregation(SqliteConnection c, SqliteTransaction t, long planId, long indicatorId, IndicatorAggregation aggregation, long version, ChangeContext context)
    {
        var before = Find(c, t, planId, indicatorId);
        if (string.IsNullOrWhiteSpace(context.Reason))
        {
            throw new ValidationException("reason", new("變更彙總方式須說明原因", "a change to the aggregation needs a reason"));
        }

        if (aggregation == IndicatorAggregation.Ratio)
        {
            var stored = Convert.ToInt64(c.Scalar("SELECT COUNT(*) FROM actuals WHERE indicator_id = $indicatorId", t, new { indicatorId }), CultureInfo.InvariantCulture);
            var months = Convert.ToInt64(c.Scalar("SELECT COUNT(*) FROM esignature_months WHERE plan_id = $planId", t, new { planId }), CultureInfo.InvariantCulture);
            if (stored > 0 || months == 0)
            {
                throw new ValidationException("aggregation", new(
                    stored > 0 ? $"比率由每月件數計算，不另存實際值；請先刪除此指標已存之 {stored} 筆實際值" : "本計畫沒有每月公文線上簽核件數，無從計算比率",
                    stored > 0
                        ? $"a ratio is derived from the monthly counts and never stored; delete the indicator's {stored} stored actuals first"
                        : "the plan keeps no monthly e-signature counts to compute a ratio from"));
            }
        }

        CheckVersion(before, indicatorId, version);
        if (before!.Aggregation == aggregation.Code())
        {
            return;
        }

        c.Execute("UPDATE indicators SET aggregation = $code, version = version + 1 WHERE id = $indicatorId",
            t, new { code = aggregation.Code(), indicatorId });
        AuditTrail.Record(c, t, context, planId, Entity, Key(indicatorId), "update", "aggregation", before.Aggregation, aggregation.Code());
        PlanContent.Touch(c, t, planId, context);
    }

    public static void SetDataQuality(SqliteConnection c, SqliteTransaction t, long planId, long indicatorId, DataQuality statement, long version, ChangeContext context)
    {
        var errors = new List<FieldError>();
        foreach (var (key, _, text) in statement.Items)
        {
            TextRules.Optional(errors, $"dq_{key}_zh", text.Zh, MaxStatementLength);
            TextRules.Optional(errors, $"dq_{key}_en", text.En, MaxStatementLength);
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var before = Find(c, t, planId, indicatorId);
        CheckVersion(before, indicatorId, version);
        var p = new
        {
            indicatorId,
            source_zh = statement.Source.Zh.Trim(), source_en = statement.Source.En.Trim(),
            method_zh = statement.Method.Zh.Trim(), method_en = statement.Method.En.Trim(),
            frequency_zh = statement.Frequency.Zh.Trim(), frequency_en = statement.Frequency.En.Trim(),
            limitations_zh = statement.Limitations.Zh.Trim(), limitations_en = statement.Limitations.En.Trim(),
            unit_zh = statement.ResponsibleUnit.Zh.Trim(), unit_en = statement.ResponsibleUnit.En.Trim(),
        };
        var changed = c.Execute(
            """
            UPDATE indicators SET dq_source_zh = $source_zh, dq_source_en = $source_en, dq_method_zh = $method_zh, dq_method_en = $method_en,
                dq_frequency_zh = $frequency_zh, dq_frequency_en = $frequency_en, dq_limitations_zh = $limitations_zh,
                dq_limitations_en = $limitations_en, dq_unit_zh = $unit_zh, dq_unit_en = $unit_en, version = version + 1
            WHERE id = $indicatorId
            """,
            t, p);
        if (changed > 0 && AuditTrail.RecordChanges(c, t, context, planId, Entity, Key(indicatorId), Fields(before!.DataQuality), Fields(statement)) > 0)
        {
            PlanContent.Touch(c, t, planId, context);
        }
    }

    public static void SetDueDays(SqliteConnection c, SqliteTransaction t, long planId, int dueDays, long version, ChangeContext context)
    {
        if (dueDays is < 0 or > 366)
        {
            throw new ValidationException("due_days", new("填報期限須為 0 至 366 天", "the days actuals are due after a period ends must be between 0 and 366"));
        }

        var before = c.Query("SELECT due_days, version FROM plans WHERE id = $planId", r => (Days: r.Int("due_days"), Version: r.Long("version")), t, new { planId })
            .Select(x => ((int Days, long Version)?)x).SingleOrDefault();
        if (before is null || before.Value.Version != version)
        {
            throw new ConcurrencyConflictException("plan", Key(planId), before);
        }

        if (before.Value.Days == dueDays)
        {
            return;
        }

        c.Execute("UPDATE plans SET due_days = $dueDays, version = version + 1 WHERE id = $planId", t, new { dueDays, planId });
        AuditTrail.Record(c, t, context, planId, "plan", Key(planId), "update", "due_days",
            before.Value.Days.ToString(CultureInfo.InvariantCulture), dueDays.ToString(CultureInfo.InvariantCulture));
    }

    private sealed record Current(string Aggregation, DataQuality DataQuality, long Version);

    private static Current? Find(SqliteConnection c, SqliteTransaction t, long planId, long indicatorId) =>
        c.Query(
            """
            SELECT i.* FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE i.id = $indicatorId AND g.plan_id = $planId
            """,
            r => new Current(r.Text("aggregation"), PlanReader.ReadDataQuality(r), r.Long("version")),
            t,
            new { indicatorId, planId }).SingleOrDefault();

    private static void CheckVersion(Current? before, long indicatorId, long version)
    {
        if (before is null || before.Version != version)
        {
            throw new ConcurrencyConflictException(Entity, Key(indicatorId), before);
        }
    }

    private static Dictionary<string, string?> Fields(DataQuality statement)
    {
        var fields = new Dictionary<string, string?>();
        foreach (var (key, _, text) in statement.Items)
        {
            fields[$"dq_{key}_zh"] = text.Zh.Trim();
            fields[$"dq_{key}_en"] = text.En.Trim();
        }

        return fields;
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
