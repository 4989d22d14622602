using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Budget;
using PerformancePlan.Core.ESignature;
using PerformancePlan.Core.Exchanges;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Store;

/// <summary>Reads plans and their data from the store.</summary>
public sealed class PlanReader(PlanDatabase database)
{
    public sealed record PlanSummary(long Id, string Slug, int RocYear, Bilingual Agency, bool IsSample);

    public IReadOnlyList<PlanSummary> ListPlans()
    {
        using var connection = database.Open();
        return connection.Query(
            "SELECT id, slug, roc_year, agency_zh, agency_en, is_sample FROM plans ORDER BY roc_year DESC, slug",
            r => new PlanSummary(r.Long("id"), r.Text("slug"), r.Int("roc_year"), r.Bilingual("agency"), r.Bool("is_sample")));
    }

    /// <summary>Every plan with all its data, each read in its own consistent transaction.</summary>
    public IReadOnlyList<PlanSnapshot> LoadAll() =>
        ListPlans().Select(p => Load(p.Slug)!).ToList();

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
            "SELECT * FROM plans WHERE slug = $slug",
            r => (Id: r.Long("id"), Plan: new Plan
            {
                Id = r.Long("id"),
                Slug = r.Text("slug"),
                RocYear = r.Int("roc_year"),
                Agency = r.Bilingual("agency"),
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
            SELECT i.*, g.ordinal AS goal_ordinal FROM indicators i JOIN goals g ON g.id = i.goal_id
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
                TargetValue = r.Decimal("target_value"),
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

        var plan = header.Plan with { Tasks = tasks, Goals = goals };
        return new PlanSnapshot(
            plan,
            LoadBudgetLines(connection, transaction, planId),
            LoadExchanges(connection, transaction, planId),
            LoadESignatureMonths(connection, transaction, planId),
            header.UpdatedOn)
        {
            TargetRevisions = LoadTargetRevisions(connection, transaction, planId),
        };
    }

    public static List<BudgetLine> LoadBudgetLines(SqliteConnection connection, SqliteTransaction? transaction, long planId) =>
        connection.Query("SELECT * FROM budget_lines WHERE plan_id = $planId ORDER BY ordinal", ReadBudgetLine, transaction, new { planId });

    /// <summary>Exchanges newest first (ties by id, so the order is stable).</summary>
    public static List<Exchange> LoadExchanges(SqliteConnection connection, SqliteTransaction? transaction, long planId) =>
        connection.Query("SELECT * FROM exchanges WHERE plan_id = $planId ORDER BY date DESC, id DESC", ReadExchange, transaction, new { planId });

    public static List<ESignatureMonth> LoadESignatureMonths(SqliteConnection connection, SqliteTransaction? transaction, long planId) =>
        connection.Query("SELECT * FROM esignature_months WHERE plan_id = $planId ORDER BY month", ReadESignatureMonth, transaction, new { planId });

    /// <summary>Target changes the audit trail recorded for the plan's indicators (a re-import records none: it writes the document's target).</summary>
    public static List<TargetRevision> LoadTargetRevisions(SqliteConnection connection, SqliteTransaction? transaction, long planId) =>
        connection.Query(
            """
            SELECT a.entity_id, a.at, a.old_value, a.new_value, a.reason FROM audit_log a
            WHERE a.plan_id = $planId AND a.entity = 'indicator' AND a.field = 'target_value' AND a.action = 'update'
              AND a.old_value IS NOT NULL AND a.new_value IS NOT NULL
            ORDER BY a.at, a.id
            """,
            r => new TargetRevision(
                long.Parse(r.Text("entity_id"), System.Globalization.CultureInfo.InvariantCulture),
                DateOnly.FromDateTime(DateTimeOffset.Parse(r.Text("at"), System.Globalization.CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(8)).DateTime),
                decimal.Parse(r.Text("old_value"), System.Globalization.CultureInfo.InvariantCulture),
                decimal.Parse(r.Text("new_value"), System.Globalization.CultureInfo.InvariantCulture),
                r.Text("reason")),
            transaction,
            new { planId });

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

    public static BudgetLine ReadBudgetLine(SqliteDataReader r) => new()
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

    public static Exchange ReadExchange(SqliteDataReader r) => new()
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

    public static ESignatureMonth ReadESignatureMonth(SqliteDataReader r) => new()
    {
        Id = r.Long("id"),
        PlanId = r.Long("plan_id"),
        Month = DateOnly.ParseExact(r.Text("month") + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        OnlineSigned = r.Int("online_signed"),
        ElectronicReceived = r.Int("electronic_received"),
        PaperSignedOnline = r.Int("paper_signed_online"),
        SelfDrafted = r.Int("self_drafted"),
        ReportedOn = r.TextOrNull("reported_on") is { } reported ? r.Date("reported_on") : null,
        Version = r.Long("version"),
    };

    /// <summary>The static page texts: (key, language tag) → Markdown.</summary>
    public IReadOnlyDictionary<(string Key, string Language), string> LoadSitePages()
    {
        using var connection = database.Open();
        return connection.Query("SELECT key, language, markdown FROM site_pages ORDER BY key, language",
                r => (r.Text("key"), r.Text("language"), r.Text("markdown")))
            .ToDictionary(x => (x.Item1, x.Item2), x => x.Item3);
    }
}
