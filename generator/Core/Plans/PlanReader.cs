using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Budget;
using PerformancePlan.Core.ESignature;
using PerformancePlan.Core.Exchanges;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Plans;

/// <summary>Reads plans and their data from the store.</summary>
public sealed class PlanReader(PlanDatabase database)
{
    public sealed record PlanSummary(long Id, string Slug, int RocYear, Bilingual Agency, bool IsSample)
    {
        public string AgencyCode { get; init; } = string.Empty;
    }

    /// <summary>A plan's row with its agency's code and names, as <c>agency_code</c>, <c>agency_zh</c> and <c>agency_en</c>.</summary>
    public const string PlansWithAgency =
        "SELECT p.*, a.code AS agency_code, a.name_zh AS agency_zh, a.name_en AS agency_en, a.sort_order AS agency_sort FROM plans p JOIN agencies a ON a.id = p.agency_id";

    public IReadOnlyList<PlanSummary> ListPlans()
    {
        using var connection = database.Open();
        return connection.Query(
            PlansWithAgency + " ORDER BY p.roc_year DESC, a.sort_order, a.code",
            r => new PlanSummary(r.Long("id"), r.Text("slug"), r.Int("roc_year"), r.Bilingual("agency"), r.Bool("is_sample")) { AgencyCode = r.Text("agency_code") });
    }

    /// <summary>
    /// Every plan with all its data, each read in its own consistent transaction, in the order of
    /// <see cref="ListPlans"/>. Plans are read on every processor at once (each reader with its own
    /// connection): reading is most of a rebuild's time when little has changed.
    /// </summary>
    public IReadOnlyList<PlanSnapshot> LoadAll()
    {
        var plans = ListPlans();
        var snapshots = new PlanSnapshot?[plans.Count];
        Parallel.For(0, plans.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => snapshots[i] = Load(plans[i].Slug));

        // A plan removed between the list and its reading is not part of the result.
        return snapshots.OfType<PlanSnapshot>().ToList();
    }

    public PlanSnapshot? Load(string slug)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        var snapshot = Load(connection, transaction, slug);
        transaction.Commit();
        return snapshot;
    }

    public static PlanSnapshot? Load(SqliteConnection connection, SqliteTransaction? transaction, string slug)
    {
        var header = connection.Query(
            PlansWithAgency + " WHERE p.slug = $slug",
            r => (Id: r.Long("id"), Plan: new Plan
            {
                Id = r.Long("id"),
                Slug = r.Text("slug"),
                RocYear = r.Int("roc_year"),
                Agency = r.Bilingual("agency"),
                AgencyCode = r.Text("agency_code"),
                AgencySortOrder = r.Int("agency_sort"),
                Vision = r.Bilingual("vision"),
                IsSample = r.Bool("is_sample"),
                DueDays = r.Int("due_days"),
                Version = r.Long("version"),
            }, UpdatedOn: r.Date("updated_on")),
            transaction,
            new { slug }).SingleOrDefault();
        if (header.Plan is null)
        {
            return null;
        }

        var planId = header.Id;
        var p = new { planId };
        var tasks = connection.Query(
            "SELECT ordinal, text_zh, text_en FROM plan_tasks WHERE plan_id = $planId ORDER BY ordinal",
            r => new PlanTask(r.Int("ordinal"), r.Bilingual("text")), transaction, p);

        var items = connection.Query(
            """
            SELECT gi.goal_id, gi.ordinal, gi.text_zh, gi.text_en FROM goal_items gi
            JOIN goals g ON g.id = gi.goal_id WHERE g.plan_id = $planId ORDER BY gi.goal_id, gi.ordinal
            """,
            r => (GoalId: r.Long("goal_id"), Item: new GoalItem(r.Int("ordinal"), r.Bilingual("text"))), transaction, p)
            .ToLookup(x => x.GoalId, x => x.Item);

        var actuals = connection.Query(
            """
            SELECT a.* FROM actuals a JOIN indicators i ON i.id = a.indicator_id JOIN goals g ON g.id = i.goal_id
            WHERE g.plan_id = $planId
            """,
            ReadActual, transaction, p)
            .OrderBy(a => a.Period)
            .ToLookup(a => a.IndicatorId);

        var indicators = connection.Query(
            """
            SELECT i.*, g.ordinal AS goal_ordinal, l.continues_id, l.state AS link_state FROM indicators i JOIN goals g ON g.id = i.goal_id
            LEFT JOIN indicator_links l ON l.indicator_id = i.id
            WHERE g.plan_id = $planId ORDER BY g.ordinal, i.ordinal
            """,
            r => new Indicator
            {
                Id = r.Long("id"),
                GoalId = r.Long("goal_id"),
                GoalOrdinal = r.Int("goal_ordinal"),
                Ordinal = r.Int("ordinal"),
                Title = r.Bilingual("title"),
                WeightPercent = r.Decimal("weight_percent"),
                MeasurementStandard = r.Bilingual("measurement"),
                TargetValue = r.Text("target_value").Length == 0 ? 0m : r.Decimal("target_value"),
                TargetPending = r.Text("target_value").Length == 0,
                ContinuesId = r.IsDBNull(r.GetOrdinal("continues_id")) ? null : r.Long("continues_id"),
                ContinuationConfirmed = r.TextOrNull("link_state") == "confirmed",
                Unit = r.Bilingual("unit"),
                Direction = IndicatorDirections.FromCode(r.Text("direction")),
                Aggregation = IndicatorAggregations.FromCode(r.Text("aggregation")),
                UnitEnOne = r.Text("unit_en_one"),
                DataQuality = ReadDataQuality(r),
                Version = r.Long("version"),
            },
            transaction,
            p)
            .Select(i => i with { Actuals = actuals[i.Id].ToList() })
            .ToLookup(i => i.GoalId);

        var goals = connection.Query(
            "SELECT * FROM goals WHERE plan_id = $planId ORDER BY ordinal",
            r => new StrategicGoal
            {
                Id = r.Long("id"),
                Ordinal = r.Int("ordinal"),
                Title = r.Bilingual("title"),
                WeightPercent = r.Decimal("weight_percent"),
                Version = r.Long("version"),
            },
            transaction,
            p)
            .Select(g => g with { Items = items[g.Id].ToList(), Indicators = indicators[g.Id].ToList() })
            .ToList();

        var plan = header.Plan with { Tasks = tasks, Goals = goals, City = Agencies.CitySetting.Read(connection, transaction) };
        return new PlanSnapshot(
            plan,
            BudgetQueries.ForPlan(connection, transaction, planId),
            ExchangeQueries.ForPlan(connection, transaction, planId),
            ESignatureQueries.ForPlan(connection, transaction, planId),
            header.UpdatedOn)
        {
            TargetRevisions = TargetRevisionQueries.ForPlan(connection, transaction, planId),
        };
    }

    public static Actual ReadActual(SqliteDataReader r) => new()
    {
        Id = r.Long("id"),
        IndicatorId = r.Long("indicator_id"),
        Period = Period.Parse(r.Text("period")),
        Value = r.Decimal("value"),
        Note = r.Bilingual("note"),
        Source = r.Text("source"),
        ReportedOn = r.Date("reported_on"),
        Version = r.Long("version"),
    };

    public static DataQuality ReadDataQuality(SqliteDataReader r) => new(
        r.Bilingual("dq_source"), r.Bilingual("dq_method"), r.Bilingual("dq_frequency"), r.Bilingual("dq_limitations"), r.Bilingual("dq_unit"));
}
