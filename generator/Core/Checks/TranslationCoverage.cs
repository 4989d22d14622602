using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Checks;

/// <summary>How many of a plan's texts have their English: present and pending (a pending one shows the Chinese, marked).</summary>
public sealed record TranslationCoverage(int Present, int Pending)
{
    public int Total => Present + Pending;

    public static TranslationCoverage Of(PlanSnapshot snapshot)
    {
        var plan = snapshot.Plan;
        var texts = new List<Bilingual> { plan.Agency, plan.Vision };
        texts.AddRange(plan.Tasks.Select(t => t.Text));
        foreach (var goal in plan.Goals)
        {
            texts.Add(goal.Title);
            texts.AddRange(goal.Items.Select(i => i.Text));
            foreach (var i in goal.Indicators)
            {
                texts.AddRange([i.Title, i.MeasurementStandard, i.Unit]);
                texts.AddRange(i.DataQuality.Items.Select(item => item.Text));
                texts.AddRange(i.Actuals.Select(a => a.Note));
            }
        }

        foreach (var line in snapshot.BudgetLines)
        {
            texts.AddRange([line.ProgrammeTitle, line.Items, line.Note]);
        }

        foreach (var e in snapshot.Exchanges)
        {
            texts.AddRange([e.PartnerCity, e.Country, e.Summary]);
        }

        var counted = texts.Where(t => t.Zh.Trim().Length > 0).ToList();
        var present = counted.Count(t => t.HasEnglish);
        return new TranslationCoverage(present, counted.Count - present);
    }

    public override string ToString() => $"{Present} of {Total} English texts present, {Pending} pending";
}
