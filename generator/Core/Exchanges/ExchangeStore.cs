using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Exchanges;

/// <summary>Writes to the exchange log: validated, versioned, audited, one transaction each.</summary>
public sealed class ExchangeStore(PlanDatabase database)
{
    private const string Entity = "exchange";

    public long Create(Exchange exchange, ChangeContext context) =>
        database.InTransaction((c, t) => Create(c, t, exchange, context));

    public void Update(Exchange exchange, ChangeContext context) =>
        database.InTransaction((c, t) => Update(c, t, exchange, context));

    public void Delete(long planId, long id, long expectedVersion, ChangeContext context) =>
        database.InTransaction((c, t) => Delete(c, t, planId, id, expectedVersion, context));

    public static Exchange? Find(SqliteConnection c, SqliteTransaction? t, long planId, long id) =>
        c.Query("SELECT * FROM exchanges WHERE id = $id AND plan_id = $planId", ExchangeQueries.Read, t, new { id, planId }).SingleOrDefault();

    public static long Create(SqliteConnection c, SqliteTransaction t, Exchange e, ChangeContext context)
    {
        Check(c, t, e);
        var id = c.InsertReturningId(
            """
            INSERT INTO exchanges (plan_id, date, kind, partner_city_zh, partner_city_en, country_zh, country_en,
                delegation_size, summary_zh, summary_en, indicator_code, source_url)
            VALUES ($PlanId, $Date, $Kind, $CityZh, $CityEn, $CountryZh, $CountryEn, $Size, $SummaryZh, $SummaryEn, $Code, $Url)
            """,
            t,
            Parameters(e));
        AuditTrail.Record(c, t, context, e.PlanId, Entity, Id(id), "create", newValue: Describe(e));
        return id;
    }

    public static void Update(SqliteConnection c, SqliteTransaction t, Exchange e, ChangeContext context)
    {
        var before = Find(c, t, e.PlanId, e.Id);
        if (before is null || before.Version != e.Version)
        {
            throw new ConcurrencyConflictException(Entity, Id(e.Id), before);
        }

        Check(c, t, e);
        c.Execute(
            """
            UPDATE exchanges SET date = $Date, kind = $Kind, partner_city_zh = $CityZh, partner_city_en = $CityEn,
                country_zh = $CountryZh, country_en = $CountryEn, delegation_size = $Size, summary_zh = $SummaryZh,
                summary_en = $SummaryEn, indicator_code = $Code, source_url = $Url, version = version + 1
            WHERE id = $Id AND plan_id = $PlanId AND version = $Version
            """,
            t,
            Parameters(e));
        AuditTrail.RecordChanges(c, t, context, e.PlanId, Entity, Id(e.Id), before.AuditFields(), e.AuditFields());
    }

    public static void Delete(SqliteConnection c, SqliteTransaction t, long planId, long id, long expectedVersion, ChangeContext context)
    {
        var before = Find(c, t, planId, id);
        if (before is null || before.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(Entity, Id(id), before);
        }

        c.Execute("DELETE FROM exchanges WHERE id = $id AND plan_id = $planId", t, new { id, planId });
        AuditTrail.Record(c, t, context, planId, Entity, Id(id), "delete", oldValue: Describe(before));
    }

    private static void Check(SqliteConnection c, SqliteTransaction t, Exchange e)
    {
        var codes = c.Query(
            "SELECT g.ordinal || '.' || i.ordinal AS code FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.plan_id = $planId",
            r => r.Text("code"), t, new { planId = e.PlanId });
        var errors = ExchangeRules.Validate(e, codes);
        var rocYear = Convert.ToInt32(c.Scalar("SELECT roc_year FROM plans WHERE id = $PlanId", t, new { e.PlanId }), System.Globalization.CultureInfo.InvariantCulture);
        ExchangeRules.InFiscalYear(errors, e, FiscalYear.ToAd(rocYear));
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    private static object Parameters(Exchange e) => new
    {
        e.Id,
        e.PlanId,
        e.Version,
        e.Date,
        Kind = e.Kind.Code(),
        CityZh = e.PartnerCity.Zh.Trim(),
        CityEn = e.PartnerCity.En.Trim(),
        CountryZh = e.Country.Zh.Trim(),
        CountryEn = e.Country.En.Trim(),
        Size = e.DelegationSize,
        SummaryZh = e.Summary.Zh.Trim(),
        SummaryEn = e.Summary.En.Trim(),
        Code = string.IsNullOrWhiteSpace(e.IndicatorCode) ? null : e.IndicatorCode.Trim(),
        Url = string.IsNullOrWhiteSpace(e.SourceUrl) ? null : e.SourceUrl.Trim(),
    };

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(Exchange e) => $"{e.Date:yyyy-MM-dd} {e.Kind.Code()} {e.PartnerCity.Zh}";
}
