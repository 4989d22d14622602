using System.Globalization;
using System.Text.RegularExpressions;
using PerformancePlan.Core.ESignature;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Checks;

/// <summary>
/// The consistency checks a plan passes before it is published. Errors (a percentage outside 0–100,
/// a cumulative series that decreases, an actual outside the fiscal year, a negative ratio component
/// or a zero denominator) block the publish; warnings (weights that do not add up, exchange-log
/// counts that differ from the actual that counts them, budget lines that miss a total the document
/// states) are published once acknowledged.
/// </summary>
public static partial class PublishChecks
{
    public static IReadOnlyList<PublishCheck> Of(PlanSnapshot snapshot)
    {
        var checks = new List<PublishCheck>();
        var plan = snapshot.Plan;
        foreach (var goal in plan.Goals)
        {
            var sum = goal.Indicators.Sum(i => i.WeightPercent);
            if (goal.Indicators.Count > 0 && sum != goal.WeightPercent)
            {
                checks.Add(new(CheckSeverity.Warning, "goal_weight", $"goal {goal.Ordinal}", null, new(
                    $"目標權重 {N(goal.WeightPercent)}% 不等於其指標權重合計 {N(sum)}%",
                    $"the goal's weight {N(goal.WeightPercent)}% is not the sum of its indicators' weights, {N(sum)}%")));
            }
        }

        foreach (var indicator in plan.Indicators)
        {
            var previous = (Actual?)null;
            foreach (var actual in indicator.Actuals.OrderBy(a => a.Period))
            {
                if (actual.Period.Year != plan.AdYear)
                {
                    checks.Add(Error("fiscal_year", indicator, actual, new(
                        $"期間不在 {plan.RocYear} 年度（{plan.AdYear}）內", $"the period is outside fiscal year {plan.AdYear}")));
                }

                if (indicator.IsPercentage && actual.Value is < 0m or > 100m)
                {
                    checks.Add(Error("percentage_range", indicator, actual, new(
                        $"百分比 {N(actual.Value)}% 不在 0 至 100 之間", $"the percentage {N(actual.Value)}% is outside 0–100")));
                }

                if (indicator.Aggregation == IndicatorAggregation.Cumulative && previous is not null && actual.Value < previous.Value)
                {
                    checks.Add(Error("cumulative_decrease", indicator, actual, new(
                        $"累計值由 {previous.Period} 之 {N(previous.Value)} 減少為 {N(actual.Value)}",
                        $"the year-to-date total falls from {N(previous.Value)} in {previous.Period} to {N(actual.Value)}")));
                }

                previous = actual;
            }

            var logged = snapshot.ExchangesFor(indicator).ToList();
            if (logged.Count > 0 && indicator.Aggregation == IndicatorAggregation.Cumulative)
            {
                foreach (var actual in indicator.Actuals)
                {
                    var count = logged.Count(e => e.Date <= actual.Period.EndDate && e.Date.Year == actual.Period.Year);
                    if (count != actual.Value)
                    {
                        checks.Add(new(CheckSeverity.Warning, "exchange_count", indicator.Code, actual.Period.ToString(), new(
                            $"國際交流紀錄計入 {count} 筆，實際值為 {N(actual.Value)}",
                            $"the exchange log counts {count} {(count == 1 ? "entry" : "entries")} towards it; the actual is {N(actual.Value)}")));
                    }
                }
            }
        }

        foreach (var month in snapshot.ESignatureMonths)
        {
            if (month.CountsProblem() is { } problem)
            {
                checks.Add(new(CheckSeverity.Error, "ratio_component", "e-signature", month.MonthKey, new(
                    $"{problem.Message.Zh}（{month.OnlineSigned}/({month.ElectronicReceived}+{month.PaperSignedOnline}+{month.SelfDrafted})）",
                    $"{problem.Message.En} ({month.OnlineSigned}/({month.ElectronicReceived}+{month.PaperSignedOnline}+{month.SelfDrafted}))")));
            }
        }

        foreach (var program in snapshot.BudgetLines.GroupBy(b => b.ProgrammeOrdinal))
        {
            var sum = program.Sum(b => b.AmountThousandNtd);
            foreach (var line in program)
            {
                var stated = StatedTotal().Match(line.Note.Zh);
                if (stated.Success && decimal.Parse(stated.Groups["amount"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) is var total && total != sum)
                {
                    checks.Add(new(CheckSeverity.Warning, "budget_total", $"program {program.Key}", null, new(
                        $"備註所載合計 {N(total)} 千元，各項經費加總為 {N(sum)} 千元",
                        $"the note states a total of NT${N(total)} thousand; the lines add up to NT${N(sum)} thousand")));
                }
            }
        }

        return checks;
    }

    private static PublishCheck Error(string rule, Indicator indicator, Actual actual, Bilingual message) =>
        new(CheckSeverity.Error, rule, indicator.Code, actual.Period.ToString(), message);

    private static string N(decimal value) => value.ToString("#,##0.####", CultureInfo.InvariantCulture);

    /// <summary>A total a note states for its program's lines (合計 / 小計 N 千元); a multi-year 總經費 is not one.</summary>
    [GeneratedRegex(@"(合計|小計)\s*(?<amount>[\d,]+(\.\d+)?)\s*千元")]
    private static partial Regex StatedTotal();
}
