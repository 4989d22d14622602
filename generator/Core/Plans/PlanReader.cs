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
    /// Every plan with all its data, read in one consistent transaction, in the order of
    /// <see cref="ListPlans"/>: one query per table for all plans, not one per plan and table.
    /// </summary>
    public IReadOnlyList<PlanSnapshot> LoadAll() => LoadAll(null).Select(p => p.Snapshot).ToList();

    /// <summary>
    /// Every plan with its content stamp (<c>plan_stamps</c>), in the order of <see cref="ListPlans"/>,
    /// read in one consistent transaction. A plan whose stamp equals the one <paramref name="kept"/>
    /// gives for it (by plan id) is not read again: its kept snapshot is returned, the same object.
    /// </summary>
    public IReadOnlyList<StampedSnapshot> LoadAll(Func<long, StampedSnapshot?>? kept)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        var stamps = connection.Query(
            """
            SELECT p.id, s.stamp FROM plans p JOIN agencies a ON a.id = p.agency_id LEFT JOIN plan_stamps s ON s.plan_id = p.id
            ORDER BY p.roc_year DESC, a.sort_order, a.code
            """,
            r => (Id: r.GetInt64(0), Stamp: r.IsDBNull(1) ? (long?)null : r.GetInt64(1)),
            transaction);
        var result = new StampedSnapshot?[stamps.Count];
        var missing = new List<int>();
        for (var i = 0; i < stamps.Count; i++)
        {
            var (id, stamp) = stamps[i];
            if (stamp is not null && kept?.Invoke(id) is { } k && k.Stamp == stamp && k.Snapshot.Plan.Id == id)
            {
                result[i] = k;
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count > 0)
        {
            // A few plans are read with their own queries; many, with one query per table for all plans.
            var read = missing.Count <= FewPlans
                ? missing.Select(i => ReadPlans(connection, transaction, stamps[i].Id)).SelectMany(x => x).ToDictionary(s => s.Plan.Id)
                : ReadPlans(connection, transaction, null).ToDictionary(s => s.Plan.Id);
            foreach (var i in missing)
            {
                if (read.TryGetValue(stamps[i].Id, out var snapshot))
                {
                    result[i] = new StampedSnapshot(snapshot, stamps[i].Stamp);
                }
            }
        }

        transaction.Commit();
        return result.OfType<StampedSnapshot>().ToList();
    }

    /// <summary>A plan's snapshot and the content stamp it was read at (null for a plan the stamps do not cover, which is never kept).</summary>
    public sealed record StampedSnapshot(PlanSnapshot Snapshot, long? Stamp);

    /// <summary>How many changed plans are read plan by plan; more are read with one query per table.</summary>
    private const int FewPlans = 8;

    public PlanSnapshot? Load(string slug)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        var snapshot = Load(connection, transaction, slug);
        transaction.Commit();
        return snapshot;
    }

    /// <summary>One plan with its content stamp, read in one transaction; the kept snapshot when the stamp is the one it was read at.</summary>
    public StampedSnapshot? LoadStamped(string slug, StampedSnapshot? kept)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        var row = connection.Query(
            "SELECT p.id, s.stamp FROM plans p LEFT JOIN plan_stamps s ON s.plan_id = p.id WHERE p.slug = $slug",
            r => (Id: r.GetInt64(0), Stamp: r.IsDBNull(1) ? (long?)null : r.GetInt64(1)),
            transaction,
            new { slug }).SingleOrDefault();
        StampedSnapshot? result = null;
        if (row.Id != 0 || row.Stamp is not null)
        {
            result = row.Stamp is not null && kept is not null && kept.Stamp == row.Stamp && kept.Snapshot.Plan.Id == row.Id
                ? kept
                : ReadPlans(connection, transaction, row.Id).SingleOrDefault() is { } snapshot ? new StampedSnapshot(snapshot, row.Stamp) : null;
        }

        transaction.Commit();
        return result;
    }

    public static PlanSnapshot? Load(SqliteConnection connection, SqliteTransaction? transaction, string slug)
    {
        var id = connection.Scalar("SELECT id FROM plans WHERE slug = $slug", transaction, new { slug });
        return id is null ? null : ReadPlans(connection, transaction, Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture)).SingleOrDefault();
    }

    /// <summary>
    /// The plan with id <paramref name="only"/>, or every plan when null, read with one query per
    /// table: the one way plans are read, so a plan read alone and read with all the others is the
    /// same snapshot. Rows come ordered by plan, then as each list is published.
    /// </summary>
    private static List<PlanSnapshot> ReadPlans(SqliteConnection connection, SqliteTransaction? transaction, long? only)
    {
        var p = new { planId = only ?? 0 };
        string Where(string column) => only is null ? string.Empty : $" WHERE {column} = $planId";
        string And(string column) => only is null ? string.Empty : $" AND {column} = $planId";

        var headers = connection.Query(
            PlansWithAgency + Where("p.id") + " ORDER BY p.id",
            r => (Plan: new Plan
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
            p);
        if (headers.Count == 0)
        {
            return [];
        }

        var tasks = connection.Query(
            "SELECT plan_id, ordinal, text_zh, text_en FROM plan_tasks" + Where("plan_id") + " ORDER BY plan_id, ordinal",
            r => (PlanId: r.Long("plan_id"), Task: new PlanTask(r.Int("ordinal"), r.Bilingual("text"))), transaction, p)
            .ToLookup(x => x.PlanId, x => x.Task);

        var items = connection.Query(
            "SELECT gi.goal_id, gi.ordinal, gi.text_zh, gi.text_en FROM goal_items gi JOIN goals g ON g.id = gi.goal_id"
                + Where("g.plan_id") + " ORDER BY gi.goal_id, gi.ordinal",
            r => (GoalId: r.Long("goal_id"), Item: new GoalItem(r.Int("ordinal"), r.Bilingual("text"))), transaction, p)
            .ToLookup(x => x.GoalId, x => x.Item);

        var actuals = connection.Query(
            "SELECT a.* FROM actuals a JOIN indicators i ON i.id = a.indicator_id JOIN goals g ON g.id = i.goal_id" + Where("g.plan_id"),
            ReadActual, transaction, p)
            .OrderBy(a => a.IndicatorId)
            .ThenBy(a => a.Period)
            .ToLookup(a => a.IndicatorId);

        var indicators = connection.Query(
            """
            SELECT i.*, g.ordinal AS goal_ordinal, l.continues_id, l.state AS link_state FROM indicators i JOIN goals g ON g.id = i.goal_id
            LEFT JOIN indicator_links l ON l.indicator_id = i.id
            """ + Where("g.plan_id") + " ORDER BY g.plan_id, g.ordinal, i.ordinal",
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
            "SELECT * FROM goals" + Where("plan_id") + " ORDER BY plan_id, ordinal",
            r => (PlanId: r.Long("plan_id"), Goal: new StrategicGoal
            {
                Id = r.Long("id"),
                Ordinal = r.Int("ordinal"),
                Title = r.Bilingual("title"),
                WeightPercent = r.Decimal("weight_percent"),
                Version = r.Long("version"),
            }),
            transaction,
            p)
            .Select(g => (g.PlanId, Goal: g.Goal with { Items = items[g.Goal.Id].ToList(), Indicators = indicators[g.Goal.Id].ToList() }))
            .ToLookup(g => g.PlanId, g => g.Goal);

        var budget = connection.Query("SELECT * FROM budget_lines" + Where("plan_id") + " ORDER BY plan_id, ordinal", BudgetQueries.Read, transaction, p)
            .ToLookup(b => b.PlanId);
        var exchanges = connection.Query("SELECT * FROM exchanges" + Where("plan_id") + " ORDER BY plan_id, date DESC, id DESC", ExchangeQueries.Read, transaction, p)
            .ToLookup(e => e.PlanId);
        var months = connection.Query("SELECT * FROM esignature_months" + Where("plan_id") + " ORDER BY plan_id, month", ESignatureQueries.Read, transaction, p)
            .ToLookup(m => m.PlanId);
        var revisions = TargetRevisionQueries.Read(connection, transaction, And("a.plan_id"), p);
        var city = Agencies.CitySetting.Read(connection, transaction);

        return headers.Select(h => new PlanSnapshot(
            h.Plan with { Tasks = tasks[h.Plan.Id].ToList(), Goals = goals[h.Plan.Id].ToList(), City = city },
            budget[h.Plan.Id].ToList(),
            exchanges[h.Plan.Id].ToList(),
            months[h.Plan.Id].ToList(),
            h.UpdatedOn)
        {
            TargetRevisions = revisions[h.Plan.Id].ToList(),
        }).ToList();
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
