using System.Globalization;
using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.ESignature;

/// <summary>Reads the e-signature months from the store.</summary>
public static class ESignatureQueries
{
    public static List<ESignatureMonth> ForPlan(SqliteConnection connection, SqliteTransaction? transaction, long planId) =>
        connection.Query("SELECT * FROM esignature_months WHERE plan_id = $planId ORDER BY month", Read, transaction, new { planId });

    public static ESignatureMonth Read(SqliteDataReader r) => new()
    {
        Id = r.Long("id"),
        PlanId = r.Long("plan_id"),
        Month = DateOnly.ParseExact(r.Text("month") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture),
        OnlineSigned = r.Int("online_signed"),
        ElectronicReceived = r.Int("electronic_received"),
        PaperSignedOnline = r.Int("paper_signed_online"),
        SelfDrafted = r.Int("self_drafted"),
        ReportedOn = r.TextOrNull("reported_on") is not null ? r.Date("reported_on") : null,
        Version = r.Long("version"),
    };
}
