namespace PerformancePlan.Generator.Pipeline;

/// <summary>One step of the build pipeline, run in order over the shared <see cref="BuildContext"/>.</summary>
internal interface IBuildStep
{
    /// <summary>The stage name shown in progress reports.</summary>
    string Stage { get; }

    Task RunAsync(BuildContext context);
}
