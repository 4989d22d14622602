using System.Globalization;
using PerformancePlan.Core.Import;
using PerformancePlan.Core.Plans;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Chains;

/// <summary>
/// Starts next year's plan of an agency from this year's in one step: vision, tasks, goals (with their
/// items) and indicators are copied, targets are left blank for the editor to set, nothing reported is
/// copied (actuals, exchanges, e-signature months, budget), and every indicator is linked, confirmed,
/// to the one it was copied from.
/// </summary>
public sealed class NextYearPlan(PlanDatabase database)
{
    public sealed record Result(string Slug, int Indicators);

    public Result Start(string sourceSlug, int rocYear, ChangeContext context, string? slug = null) =>
        database.InTransaction((c, t) =>
        {
            var source = PlanReader.Load(c, t, sourceSlug)
                ?? throw new ValidationException("plan", new($"沒有計畫 {sourceSlug}", $"there is no plan {sourceSlug}"));
            if (rocYear != source.Plan.RocYear + 1)
            {
                throw new ValidationException("year", new(
                    $"新計畫的年度須為 {source.Plan.RocYear + 1}（{sourceSlug} 的下一年度），不是 {rocYear}",
                    $"the new plan's year must be {source.Plan.RocYear + 1}, the year after {sourceSlug}'s, not {rocYear}"));
            }

            var existing = c.Query(
                "SELECT slug FROM plans WHERE roc_year = $rocYear AND agency_id = (SELECT agency_id FROM plans WHERE id = $Id)",
                r => r.Text("slug"), t, new { rocYear, source.Plan.Id }).FirstOrDefault();
            if (existing is not null)
            {
                throw new ValidationException("year", new(
                    $"{source.Plan.Agency.Zh}已有 {rocYear} 年度的計畫（{existing}），不能再建立一份",
                    $"{source.Plan.Agency.OrFallback(Language.En)} already has a plan for {rocYear} ({existing}); an agency has one plan per year"));
            }

            var newSlug = slug ?? $"{rocYear.ToString(CultureInfo.InvariantCulture)}-{source.Plan.AgencyCode}";
            if (PlanReader.Load(c, t, newSlug) is not null)
            {
                throw new ValidationException("slug", new($"計畫代號 {newSlug} 已有計畫使用", $"the plan slug {newSlug} is taken by another plan"));
            }

            var copy = source.Plan with
            {
                Id = 0,
                Slug = newSlug,
                RocYear = rocYear,
                Version = 0,
                Goals = source.Plan.Goals.Select(g => g with
                {
                    Id = 0,
                    Indicators = g.Indicators.Select(i => i with { Id = 0, Actuals = [], ContinuesId = null }).ToList(),
                }).ToList(),
            };
            var written = PlanContentWriter.Upsert(c, t, copy, [], context with { Reason = $"started from {sourceSlug}" });
            c.Execute(
                "UPDATE indicators SET target_value = '' WHERE goal_id IN (SELECT id FROM goals WHERE plan_id = $PlanId)",
                t,
                new { written.PlanId });

            var copied = PlanReader.Load(c, t, newSlug)!.Plan.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
            foreach (var original in source.Plan.Indicators)
            {
                IndicatorLinkStore.Link(c, t, copied[original.Code].Id, original.Id, IndicatorLinkStore.LinkState.Confirmed, context);
            }

            return new Result(newSlug, copied.Count);
        });
}
