using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Figures;

/// <summary>
/// The importer's default for an indicator with components: once a plan keeps the e-signature
/// months, its percentage indicator measured by a formula (a division) is a ratio of those counts,
/// unless actuals were already stored for it (an editor then decides, with a reason).
/// </summary>
public static class RatioDefaults
{
    public static int Apply(SqliteConnection c, SqliteTransaction t, long planId) =>
        c.Execute(
            """
            UPDATE indicators SET aggregation = 'ratio', version = version + 1
            WHERE aggregation = 'level' AND unit_zh = '%' AND (measurement_zh LIKE '%/%' OR measurement_zh LIKE '%÷%')
              AND goal_id IN (SELECT id FROM goals WHERE plan_id = $planId)
              AND EXISTS (SELECT 1 FROM esignature_months WHERE plan_id = $planId)
              AND NOT EXISTS (SELECT 1 FROM actuals WHERE indicator_id = indicators.id)
            """,
            t,
            new { planId });
}
