using PerformancePlan.Core.Budget;
using PerformancePlan.Core.ESignature;
using PerformancePlan.Core.Exchanges;

namespace PerformancePlan.Core.Plans;

/// <summary>Everything published about one plan, read in one transaction so the figures agree with each other.</summary>
public sealed record PlanSnapshot(
    Plan Plan,
    IReadOnlyList<BudgetLine> BudgetLines,
    IReadOnlyList<Exchange> Exchanges,
    IReadOnlyList<ESignatureMonth> ESignatureMonths,
    DateOnly ContentUpdatedOn)
{
    /// <summary>Targets changed after import, oldest first.</summary>
    public IReadOnlyList<TargetRevision> TargetRevisions { get; init; } = [];

    public decimal BudgetTotal => BudgetFigures.Total(BudgetLines);

    /// <summary>The date the actuals were last reported, or null when there are none.</summary>
    public DateOnly? ActualsUpdatedOn =>
        Plan.Indicators.SelectMany(i => i.Actuals).Select(a => (DateOnly?)a.ReportedOn).Max();

    public DateOnly? ExchangesUpdatedOn => Exchanges.Select(e => (DateOnly?)e.Date).Max();

    /// <summary>The end of the last month reported, or null when there are none.</summary>
    public DateOnly? ESignatureUpdatedOn =>
        ESignatureMonths.Select(m => (DateOnly?)m.Month.AddMonths(1).AddDays(-1)).Max();

    /// <summary>The newest date in any of the plan's data: the site's "last updated" for the plan.</summary>
    public DateOnly LastUpdatedOn =>
        new[] { ContentUpdatedOn, ActualsUpdatedOn, ExchangesUpdatedOn, ESignatureUpdatedOn }
            .Where(d => d.HasValue).Select(d => d!.Value).Max();

    public Indicator? FindIndicator(string code) => Plan.Indicators.FirstOrDefault(i => i.Code == code);

    /// <summary>The exchange entries that count towards <paramref name="indicator"/>.</summary>
    public IEnumerable<Exchange> ExchangesFor(Indicator indicator)
    {
        var code = indicator.Code;
        return Exchanges.Where(e => e.IndicatorCode == code);
    }

    /// <summary>The budget lines of the programme with the goal's number.</summary>
    public IEnumerable<BudgetLine> BudgetLinesFor(StrategicGoal goal) => BudgetLines.Where(b => b.ProgrammeOrdinal == goal.Ordinal);
}
