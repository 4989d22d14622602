using System.Globalization;
using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Chains;

/// <summary>
/// Stores which indicator continues which: proposed by the program, confirmed, changed or removed by
/// an editor. Every change is audited under the plan of the indicator that continues.
/// </summary>
public sealed class IndicatorLinkStore(PlanDatabase database)
{
    private const string Entity = "indicator_link";

    public enum LinkState
    {
        Proposed,
        Confirmed,
    }

    /// <summary>Links <paramref name="indicatorId"/> to the indicator it continues (replacing any link it had), confirmed.</summary>
    public void Link(long indicatorId, long continuesId, ChangeContext context) =>
        database.InTransaction((c, t) => Link(c, t, indicatorId, continuesId, LinkState.Confirmed, context));

    public void Confirm(long indicatorId, ChangeContext context) =>
        database.InTransaction((c, t) =>
        {
            var current = Current(c, t, indicatorId) ?? throw NoLink(indicatorId);
            Link(c, t, indicatorId, current.ContinuesId, LinkState.Confirmed, context);
        });

    public void Remove(long indicatorId, ChangeContext context) =>
        database.InTransaction((c, t) => RemoveLink(c, t, indicatorId, context));

    private static void RemoveLink(SqliteConnection c, SqliteTransaction t, long indicatorId, ChangeContext context)
    {
        var current = Current(c, t, indicatorId) ?? throw NoLink(indicatorId);
        c.Execute("DELETE FROM indicator_links WHERE indicator_id = $indicatorId", t, new { indicatorId });
        AuditTrail.Record(c, t, context, PlanOf(c, t, indicatorId), Entity, Key(c, t, indicatorId), "delete", "continues",
            Key(c, t, current.ContinuesId), null);
    }

    /// <summary>
    /// An editor's choice for an indicator: it continues <paramref name="continuesId"/> (a confirmed link),
    /// or, when null, no earlier indicator (its link, if any, is removed).
    /// </summary>
    public void Choose(long indicatorId, long? continuesId, ChangeContext context) =>
        database.InTransaction((c, t) =>
        {
            if (continuesId is { } id)
            {
                Link(c, t, indicatorId, id, LinkState.Confirmed, context);
            }
            else if (Current(c, t, indicatorId) is not null)
            {
                RemoveLink(c, t, indicatorId, context);
            }
        });

    /// <summary>The same agency's plan for the year before <paramref name="plan"/>, or null when there is none.</summary>
    public PlanSnapshot? PreviousYear(Plan plan)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        var slug = PreviousPlanSlug(connection, transaction, plan);
        var snapshot = slug is null ? null : PlanReader.Load(connection, transaction, slug);
        transaction.Commit();
        return snapshot;
    }

    /// <summary>Proposes links for the plan's unlinked indicators to the same agency's previous-year plan; returns how many.</summary>
    public int Propose(string planSlug, ChangeContext context) =>
        database.InTransaction((c, t) => Propose(c, t, planSlug, context));

    public static int Propose(SqliteConnection c, SqliteTransaction t, string planSlug, ChangeContext context)
    {
        var plan = PlanReader.Load(c, t, planSlug)?.Plan ?? throw new ValidationException("plan", new($"沒有計畫 {planSlug}", $"there is no plan {planSlug}"));
        var previousSlug = PreviousPlanSlug(c, t, plan);
        if (previousSlug is null)
        {
            return 0;
        }

        var previous = PlanReader.Load(c, t, previousSlug)!.Plan;
        var continued = c.Query("SELECT continues_id FROM indicator_links", r => r.Long("continues_id"), t).ToHashSet();
        var proposals = LinkProposals.Propose(previous.Indicators, plan.Indicators, continued);
        foreach (var (indicator, continues) in proposals)
        {
            Link(c, t, indicator.Id, continues.Id, LinkState.Proposed, context);
        }

        return proposals.Count;
    }

    /// <summary>The slug of the same agency's plan for the year before, or null when there is none.</summary>
    public static string? PreviousPlanSlug(SqliteConnection c, SqliteTransaction? t, Plan plan) =>
        c.Query(
            "SELECT p.slug FROM plans p JOIN plans q ON q.agency_id = p.agency_id WHERE q.id = $Id AND p.roc_year = q.roc_year - 1",
            r => r.Text("slug"), t, new { plan.Id }).SingleOrDefault();

    public static void Link(SqliteConnection c, SqliteTransaction t, long indicatorId, long continuesId, LinkState state, ChangeContext context)
    {
        var pair = c.Query(
            """
            SELECT p.agency_id AS agency, p.roc_year AS year, q.agency_id AS previous_agency, q.roc_year AS previous_year
            FROM indicators i JOIN goals g ON g.id = i.goal_id JOIN plans p ON p.id = g.plan_id,
                 indicators j JOIN goals h ON h.id = j.goal_id JOIN plans q ON q.id = h.plan_id
            WHERE i.id = $indicatorId AND j.id = $continuesId
            """,
            r => (Agency: r.Long("agency"), Year: r.Int("year"), PreviousAgency: r.Long("previous_agency"), PreviousYear: r.Int("previous_year")),
            t,
            new { indicatorId, continuesId }).SingleOrDefault();
        if (pair == default)
        {
            throw new ValidationException("continues", new("找不到要連結的指標", "there is no such indicator to link"));
        }

        if (pair.Agency != pair.PreviousAgency || pair.PreviousYear != pair.Year - 1)
        {
            throw new ValidationException("continues", new(
                "指標只能延續同一機關前一年度計畫的指標",
                "an indicator can only continue an indicator of the same agency's plan for the year before"));
        }

        var takenBy = c.Query("SELECT indicator_id FROM indicator_links WHERE continues_id = $continuesId AND indicator_id <> $indicatorId",
            r => r.Long("indicator_id"), t, new { continuesId, indicatorId }).FirstOrDefault();
        if (takenBy != 0)
        {
            throw new ValidationException("continues", new(
                $"前一年度的指標 {Key(c, t, continuesId)} 已由指標 {Key(c, t, takenBy)} 延續",
                $"last year's indicator {Key(c, t, continuesId)} is continued by indicator {Key(c, t, takenBy)} already; remove that link first"));
        }

        var before = Current(c, t, indicatorId);
        var code = state == LinkState.Confirmed ? "confirmed" : "proposed";
        c.Execute(
            """
            INSERT INTO indicator_links (indicator_id, continues_id, state) VALUES ($indicatorId, $continuesId, $code)
            ON CONFLICT (indicator_id) DO UPDATE SET continues_id = excluded.continues_id, state = excluded.state
            """,
            t,
            new { indicatorId, continuesId, code });
        var planId = PlanOf(c, t, indicatorId);
        var key = Key(c, t, indicatorId);
        AuditTrail.RecordChanges(c, t, context, planId, Entity, key,
            new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["continues"] = before is null ? null : Key(c, t, before.Value.ContinuesId),
                ["state"] = before?.State,
            },
            new Dictionary<string, string?>(StringComparer.Ordinal) { ["continues"] = Key(c, t, continuesId), ["state"] = code });
    }

    private static (long ContinuesId, string State)? Current(SqliteConnection c, SqliteTransaction t, long indicatorId) =>
        c.Query("SELECT continues_id, state FROM indicator_links WHERE indicator_id = $indicatorId",
            r => ((long, string)?)(r.Long("continues_id"), r.Text("state")), t, new { indicatorId }).SingleOrDefault();

    private static long? PlanOf(SqliteConnection c, SqliteTransaction t, long indicatorId) =>
        c.Query("SELECT g.plan_id FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE i.id = $indicatorId",
            r => (long?)r.Long("plan_id"), t, new { indicatorId }).SingleOrDefault();

    /// <summary>"107-secretariat/1.2": an indicator named by its plan and code, as the audit trail names it.</summary>
    private static string Key(SqliteConnection c, SqliteTransaction t, long indicatorId) =>
        c.Query(
            "SELECT p.slug || '/' || g.ordinal || '.' || i.ordinal AS k FROM indicators i JOIN goals g ON g.id = i.goal_id JOIN plans p ON p.id = g.plan_id WHERE i.id = $indicatorId",
            r => r.Text("k"), t, new { indicatorId }).SingleOrDefault() ?? indicatorId.ToString(CultureInfo.InvariantCulture);

    private static ValidationException NoLink(long indicatorId) =>
        new("continues", new($"指標 {indicatorId} 沒有延續連結", $"indicator {indicatorId} has no continuation link"));
}
