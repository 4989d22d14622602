using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Budget;

/// <summary>Reads budget lines from the store.</summary>
public static class BudgetQueries
{
    public static List<BudgetLine> ForPlan(SqliteConnection connection, SqliteTransaction? transaction, long planId) =>
        connection.Query("SELECT * FROM budget_lines WHERE plan_id = $planId ORDER BY ordinal", Read, transaction, new { planId });

    public static BudgetLine Read(SqliteDataReader r) => new()
    {
        Id = r.Long("id"),
        PlanId = r.Long("plan_id"),
        Ordinal = r.Int("ordinal"),
        ProgrammeOrdinal = r.Int("programme_ordinal"),
        ProgrammeTitle = r.Bilingual("programme_title"),
        Items = r.Bilingual("items"),
        AmountThousandNtd = r.Decimal("amount_thousand_ntd"),
        Note = r.Bilingual("note"),
        Version = r.Long("version"),
    };
}
