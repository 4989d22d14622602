using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Import.Data;

/// <summary>Reads a row of <c>actuals.csv</c>: indicator_code, period, value, note_zh, note_en, source, reported_on.</summary>
internal static class ActualRows
{
    public static Actual? Read(RowFields f, PlanDataContext plan)
    {
        var code = f.Required("indicator_code");
        long indicatorId = 0;
        if (code is not null && !plan.IndicatorIds.TryGetValue(code, out indicatorId))
        {
            f.Errors.Add(new("indicator_code", new(
                $"本計畫沒有指標 {code}",
                $"the plan has no indicator {code} (expected one of {string.Join(", ", plan.IndicatorCodes)})")));
        }

        var periodText = f.Required("period");
        Period? period = null;
        if (periodText is not null)
        {
            if (Period.TryParse(periodText, out var p))
            {
                period = p;
            }
            else
            {
                f.Errors.Add(new("period", new(
                    $"「{periodText}」不是期間，格式應為 YYYY-Qn 或 YYYY-MM",
                    $"'{periodText}' is not a period; expected YYYY-Qn (2018-Q1) or YYYY-MM (2018-03)")));
            }
        }

        var value = f.Decimal("value");
        var reportedOn = f.Date("reported_on");
        if (f.Errors.Count > 0 || period is null || value is null || reportedOn is null)
        {
            return null;
        }

        var actual = new Actual
        {
            IndicatorId = indicatorId,
            Period = period.Value,
            Value = value.Value,
            Note = new(f.Text("note_zh"), f.Text("note_en")),
            Source = f.Text("source"),
            ReportedOn = reportedOn.Value,
        };
        f.Errors.AddRange(ActualRules.Validate(actual, plan.FiscalAdYear));
        return f.Errors.Count == 0 ? actual : null;
    }
}
