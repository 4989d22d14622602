using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Exchanges;

/// <summary>Reads the exchange log from the store.</summary>
public static class ExchangeQueries
{
    /// <summary>Exchanges newest first (ties by id, so the order is stable).</summary>
    public static List<Exchange> ForPlan(SqliteConnection connection, SqliteTransaction? transaction, long planId) =>
        connection.Query("SELECT * FROM exchanges WHERE plan_id = $planId ORDER BY date DESC, id DESC", Read, transaction, new { planId });

    public static Exchange Read(SqliteDataReader r) => new()
    {
        Id = r.Long("id"),
        PlanId = r.Long("plan_id"),
        Date = r.Date("date"),
        Kind = ExchangeKinds.TryParse(r.Text("kind"), out var k) ? k : throw new InvalidDataException($"Unknown exchange kind '{r.Text("kind")}'."),
        PartnerCity = r.Bilingual("partner_city"),
        Country = r.Bilingual("country"),
        DelegationSize = r.IntOrNull("delegation_size"),
        Summary = r.Bilingual("summary"),
        IndicatorCode = r.TextOrNull("indicator_code"),
        SourceUrl = r.TextOrNull("source_url"),
        Version = r.Long("version"),
    };
}
