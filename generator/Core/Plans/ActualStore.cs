using System.Globalization;
using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Plans;

/// <summary>Records actual results: one row per indicator and period, versioned and audited.</summary>
public sealed class ActualStore(PlanDatabase database)
{
    private const string Entity = "actual";

    /// <summary>
    /// Creates or updates the actual for its indicator and period. <paramref name="expectedVersion"/>
    /// is the version the editor saw (0 when the editor saw no value yet); a mismatch is a conflict.
    /// </summary>
    public long Save(long planId, Actual actual, long expectedVersion, ChangeContext context) =>
        database.InTransaction((c, t) => Save(c, t, planId, actual, expectedVersion, context));

    public void Delete(long planId, long actualId, long expectedVersion, ChangeContext context) =>
        database.InTransaction((c, t) =>
        {
            var before = Find(c, t, planId, actualId);
            if (before is null || before.Version != expectedVersion)
            {
                throw new ConcurrencyConflictException(Entity, actualId.ToString(CultureInfo.InvariantCulture), before);
            }

            var code = c.Scalar("SELECT g.ordinal || '.' || i.ordinal FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE i.id = $IndicatorId", t, new { before.IndicatorId });
            c.Execute("DELETE FROM actuals WHERE id = $actualId", t, new { actualId });
            AuditTrail.Record(c, t, context, planId, Entity, $"{code}/{before.Period}", "delete", "value", Format(before.Value));
        });

    public static Actual? Find(SqliteConnection c, SqliteTransaction? t, long planId, long actualId) =>
        c.Query(
            """
            SELECT a.* FROM actuals a JOIN indicators i ON i.id = a.indicator_id JOIN goals g ON g.id = i.goal_id
            WHERE a.id = $actualId AND g.plan_id = $planId
            """,
            PlanReader.ReadActual, t, new { actualId, planId }).SingleOrDefault();

    public static long Save(SqliteConnection c, SqliteTransaction t, long planId, Actual a, long expectedVersion, ChangeContext context)
    {
        var indicator = c.Query(
            """
            SELECT p.roc_year, g.ordinal || '.' || i.ordinal AS code, i.aggregation
            FROM indicators i JOIN goals g ON g.id = i.goal_id JOIN plans p ON p.id = g.plan_id WHERE i.id = $id AND p.id = $planId
            """,
            r => (RocYear: r.Int("roc_year"), Code: r.Text("code"), Aggregation: r.Text("aggregation")), t, new { id = a.IndicatorId, planId }).SingleOrDefault();
        if (indicator.Code is null)
        {
            throw new ValidationException("indicator", new("找不到此指標", $"the plan has no indicator with id {a.IndicatorId}"));
        }

        if (indicator.Aggregation == IndicatorAggregation.Ratio.Code())
        {
            throw new ValidationException("indicator_code", new(
                $"指標 {indicator.Code} 之實際值由每月公文線上簽核件數計算，不另存；請填報每月件數",
                $"the actuals of indicator {indicator.Code} are derived from the monthly e-signature counts and never stored; enter the monthly counts instead"));
        }

        var key = $"{indicator.Code}/{a.Period}";
        var errors = ActualRules.Validate(a, FiscalYear.ToAd(indicator.RocYear));
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var before = c.Query(
            "SELECT * FROM actuals WHERE indicator_id = $IndicatorId AND period = $Period",
            PlanReader.ReadActual, t, new { a.IndicatorId, Period = a.Period.ToString() }).SingleOrDefault();
        if ((before?.Version ?? 0) != expectedVersion)
        {
            throw new ConcurrencyConflictException(Entity, key, before);
        }

        var p = new
        {
            a.IndicatorId,
            Period = a.Period.ToString(),
            a.Value,
            NoteZh = a.Note.Zh.Trim(),
            NoteEn = a.Note.En.Trim(),
            Source = TextRules.Normalise(a.Source.Trim()),
            a.ReportedOn,
            Version = expectedVersion,
        };
        if (before is null)
        {
            var id = c.InsertReturningId(
                """
                INSERT INTO actuals (indicator_id, period, value, note_zh, note_en, source, reported_on)
                VALUES ($IndicatorId, $Period, $Value, $NoteZh, $NoteEn, $Source, $ReportedOn)
                """,
                t, p);
            AuditTrail.Record(c, t, context, planId, Entity, key, "create", "value", null, Format(a.Value));
            return id;
        }

        c.Execute(
            """
            UPDATE actuals SET value = $Value, note_zh = $NoteZh, note_en = $NoteEn, source = $Source,
                reported_on = $ReportedOn, version = version + 1
            WHERE indicator_id = $IndicatorId AND period = $Period AND version = $Version
            """,
            t, p);
        AuditTrail.RecordChanges(c, t, context, planId, Entity, key, ActualRules.AuditFields(before), ActualRules.AuditFields(a));
        return before.Id;
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
