using Microsoft.Data.Sqlite;

namespace PerformancePlan.Core.Store;

public static class PlanContent
{
    /// <summary>Marks the plan's content as changed on the day of <paramref name="context"/> (the site's "last updated").</summary>
    public static void Touch(SqliteConnection c, SqliteTransaction t, long planId, ChangeContext context) =>
        c.Execute(
            "UPDATE plans SET updated_on = max(updated_on, $day) WHERE id = $planId",
            t,
            new { day = DateOnly.FromDateTime(context.At.UtcDateTime), planId });
}
