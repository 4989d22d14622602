using System.Globalization;
using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.ESignature;

/// <summary>Records the monthly online-signing counts: one row per plan and month, versioned and audited.</summary>
public sealed class ESignatureStore(PlanDatabase database)
{
    private const string Entity = "esignature_month";

    /// <summary>Creates or updates the month; <paramref name="expectedVersion"/> is 0 for a month not yet recorded.</summary>
    public long Save(ESignatureMonth month, long expectedVersion, ChangeContext context) =>
        database.InTransaction((c, t) => Save(c, t, month, expectedVersion, context));

    public void Delete(long planId, string monthKey, long expectedVersion, ChangeContext context) =>
        database.InTransaction((c, t) =>
        {
            var before = Find(c, t, planId, monthKey);
            if (before is null || before.Version != expectedVersion)
            {
                throw new ConcurrencyConflictException(Entity, monthKey, before);
            }

            c.Execute("DELETE FROM esignature_months WHERE id = $Id", t, new { before.Id });
            AuditTrail.Record(c, t, context, planId, Entity, monthKey, "delete", oldValue: Describe(before));
        });

    public static ESignatureMonth? Find(SqliteConnection c, SqliteTransaction? t, long planId, string monthKey) =>
        c.Query("SELECT * FROM esignature_months WHERE plan_id = $planId AND month = $monthKey",
            ESignatureQueries.Read, t, new { planId, monthKey }).SingleOrDefault();

    public static long Save(SqliteConnection c, SqliteTransaction t, ESignatureMonth m, long expectedVersion, ChangeContext context)
    {
        if (m.CountsProblem() is { } problem)
        {
            throw new ValidationException([problem]);
        }

        if (m.Month.Day != 1)
        {
            throw new ValidationException("month", new("月份格式應為 YYYY-MM", "the month must be given as YYYY-MM"));
        }

        var rocYear = c.Scalar("SELECT roc_year FROM plans WHERE id = $PlanId", t, new { m.PlanId });
        var fiscalAdYear = rocYear is null ? m.Month.Year : FiscalYear.ToAd(Convert.ToInt32(rocYear, CultureInfo.InvariantCulture));
        if (m.Month.Year != fiscalAdYear)
        {
            throw new ValidationException("month", new(
                $"月份須在 {fiscalAdYear} 年度內（{fiscalAdYear}-01 至 {fiscalAdYear}-12），不是 {m.MonthKey}",
                $"the month must fall in fiscal year {fiscalAdYear} ({fiscalAdYear}-01 to {fiscalAdYear}-12), not {m.MonthKey}"));
        }

        var before = Find(c, t, m.PlanId, m.MonthKey);
        if ((before?.Version ?? 0) != expectedVersion)
        {
            throw new ConcurrencyConflictException(Entity, m.MonthKey, before);
        }

        var p = new
        {
            m.PlanId,
            Month = m.MonthKey,
            m.OnlineSigned,
            m.ElectronicReceived,
            m.PaperSignedOnline,
            m.SelfDrafted,
            ReportedOn = m.ReportedOn ?? DateOnly.FromDateTime(context.At.UtcDateTime),
            Version = expectedVersion,
        };
        if (before is null)
        {
            var id = c.InsertReturningId(
                """
                INSERT INTO esignature_months (plan_id, month, online_signed, electronic_received, paper_signed_online, self_drafted, reported_on)
                VALUES ($PlanId, $Month, $OnlineSigned, $ElectronicReceived, $PaperSignedOnline, $SelfDrafted, $ReportedOn)
                """,
                t, p);
            AuditTrail.Record(c, t, context, m.PlanId, Entity, m.MonthKey, "create", newValue: Describe(m));
            return id;
        }

        c.Execute(
            """
            UPDATE esignature_months SET online_signed = $OnlineSigned, electronic_received = $ElectronicReceived,
                paper_signed_online = $PaperSignedOnline, self_drafted = $SelfDrafted, reported_on = $ReportedOn, version = version + 1
            WHERE plan_id = $PlanId AND month = $Month AND version = $Version
            """,
            t, p);
        AuditTrail.RecordChanges(c, t, context, m.PlanId, Entity, m.MonthKey, ESignatureRules.AuditFields(before), ESignatureRules.AuditFields(m));
        return before.Id;
    }

    /// <summary>The open-data column name of a property.</summary>
    private static string Describe(ESignatureMonth m) =>
        $"{m.OnlineSigned}/({m.ElectronicReceived}+{m.PaperSignedOnline}+{m.SelfDrafted})";

}
