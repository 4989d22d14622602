using System.Globalization;
using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Import.Data;

/// <summary>What rows of operational data are checked against: the plan, its fiscal year and its indicators.</summary>
internal sealed record PlanDataContext(long PlanId, string Slug, int FiscalAdYear, IReadOnlyDictionary<string, long> IndicatorIds)
{
    public IReadOnlyCollection<string> IndicatorCodes => IndicatorIds.Keys.ToList();

    public static PlanDataContext Load(SqliteConnection c, SqliteTransaction t, string slug)
    {
        var plan = c.Query("SELECT id, roc_year FROM plans WHERE slug = $slug", r => (Id: r.Long("id"), Year: r.Int("roc_year")), t, new { slug })
            .Select(p => ((long, int)?)p).SingleOrDefault()
            ?? throw new ValidationException("plan", new($"找不到計畫「{slug}」", $"there is no plan '{slug}'; import its document first"));
        var indicators = c.Query(
            "SELECT i.id, g.ordinal || '.' || i.ordinal AS code FROM indicators i JOIN goals g ON g.id = i.goal_id WHERE g.plan_id = $planId ORDER BY g.ordinal, i.ordinal",
            r => (Id: r.Long("id"), Code: r.Text("code")), t, new { planId = plan.Item1 });
        return new PlanDataContext(plan.Item1, slug, FiscalYear.ToAd(plan.Item2), indicators.ToDictionary(i => i.Code, i => i.Id, StringComparer.Ordinal));
    }
}

/// <summary>Field readers shared by the row parsers: each adds a bilingual error and returns null on bad input.</summary>
internal sealed class RowFields(IReadOnlyDictionary<string, string> values, List<FieldError> errors)
{
    public List<FieldError> Errors { get; } = errors;

    public string Text(string column) => values.TryGetValue(column, out var v) ? v.Trim() : string.Empty;

    public string? Required(string column)
    {
        var v = Text(column);
        if (v.Length > 0)
        {
            return v;
        }

        Errors.Add(new(column, new("必填", "is required")));
        return null;
    }

    public DateOnly? Date(string column)
    {
        var v = Required(column);
        if (v is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(v, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        Errors.Add(new(column, new($"「{v}」不是日期，格式應為 YYYY-MM-DD", $"'{v}' is not a date; expected YYYY-MM-DD (2018-03-14)")));
        return null;
    }

    public decimal? Decimal(string column)
    {
        var v = Required(column);
        if (v is null)
        {
            return null;
        }

        if (Numbers.TryParseDecimal(v, out var d))
        {
            return d;
        }

        Errors.Add(new(column, new($"「{v}」不是 0 以上的數字", $"'{v}' is not a number of 0 or more")));
        return null;
    }

    public int? Count(string column, bool required = true)
    {
        var v = required ? Required(column) : Text(column);
        if (v is null || v.Length == 0)
        {
            return null;
        }

        if (Numbers.TryParseDecimal(v, out var d) && d == decimal.Truncate(d) && d <= int.MaxValue)
        {
            return (int)d;
        }

        Errors.Add(new(column, new($"「{v}」不是 0 以上的整數", $"'{v}' is not a whole number of 0 or more")));
        return null;
    }
}
