using PerformancePlan.Core.Checks;

namespace PerformancePlan.Generator.Pipeline.Steps;

/// <summary>
/// Runs the consistency checks on every plan before anything is written: an error stops the build,
/// and so does a warning the caller has not acknowledged; translation coverage is reported per plan.
/// </summary>
internal sealed class CheckPlans : IBuildStep
{
    public string Stage => "checks";

    public Task RunAsync(BuildContext context)
    {
        var found = context.Plans.SelectMany(p => PublishChecks.Of(p).Select(c => (p.Plan.Slug, c))).ToList();
        foreach (var plan in context.Plans)
        {
            context.Report($"translation {plan.Plan.Slug}: {TranslationCoverage.Of(plan)}", 1, 1);
        }

        var errors = found.Any(f => f.c.Severity == CheckSeverity.Error);
        if (errors || (found.Count > 0 && !context.Options.AcceptWarnings))
        {
            throw new PublishCheckException(found, warningsOnly: !errors);
        }

        context.Report(Stage, found.Count, found.Count);
        return Task.CompletedTask;
    }
}
