using PerformancePlan.Generator.Pipeline;

namespace PerformancePlan.Portal.Publishing;

/// <summary>
/// One step a publish reports, kept as what happened rather than as text, so the publish page
/// shows it in the language of whoever is reading (<see cref="Text.AdminText.Step"/>).
/// </summary>
public abstract record PublishStep;

/// <summary>A stage of the site build, as the generator reports it.</summary>
public sealed record BuildStep(BuildProgress Progress) : PublishStep;

/// <summary>The deploy to object storage has started.</summary>
public sealed record DeployStarted(string Target) : PublishStep;

/// <summary>A stage of the deploy (compare, upload, delete) with its count.</summary>
public sealed record DeployStage(string Stage, int Done, int Total) : PublishStep;

/// <summary>The deploy has finished: what it uploaded, left and deleted.</summary>
public sealed record DeployFinished(string Target, int Uploaded, long BytesUploaded, int Unchanged, int Deleted, TimeSpan Elapsed) : PublishStep;

/// <summary>The deploy failed; the release is current in the portal all the same.</summary>
public sealed record DeployFailed(string Target, string Message) : PublishStep;
