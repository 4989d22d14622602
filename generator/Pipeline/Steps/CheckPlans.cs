using System.Runtime.CompilerServices;
using PerformancePlan.Core.Checks;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Runs the consistency checks on every plan before anything is written: an error stops the build,
/// and so does a warning the caller has not acknowledged; translation coverage is reported per plan.
/// Both are made from the snapshot alone, so a snapshot a cache gives to the next build again is not
/// checked again.
/// </summary>
internal sealed class CheckPlans : IBuildStep
{
    public string Stage => "checks";

    public Task RunAsync(BuildContext context)
    {
        // Each plan is checked on its own: on all cores, before the findings are gathered in plan order.
        Parallel.ForEach(context.Plans, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Options.MaxDegreeOfParallelism), CancellationToken = context.CancellationToken }, p => Of(p));
        var found = context.Plans.SelectMany(p => Of(p).Checks.Select(c => (p.Plan.Slug, c))).ToList();
        foreach (var plan in context.Plans)
        {
            context.ReportTranslation(plan.Plan.Slug, Of(plan).Coverage);
        }

        var errors = found.Any(f => f.c.Severity == CheckSeverity.Error);
        if (errors || (found.Count > 0 && !context.Options.AcceptWarnings))
        {
            throw new PublishCheckException(found, warningsOnly: !errors);
        }

        context.Report(Stage, found.Count, found.Count);
        return Task.CompletedTask;
    }

    private static Findings Of(PlanSnapshot snapshot) => Checked.GetValue(snapshot, s => new Findings(PublishChecks.Of(s), TranslationCoverage.Of(s)));

    private static readonly ConditionalWeakTable<PlanSnapshot, Findings> Checked = new();

    private sealed record Findings(IReadOnlyList<PublishCheck> Checks, TranslationCoverage Coverage);
}
