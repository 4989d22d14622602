using System.Diagnostics.CodeAnalysis;
using PerformancePlan.Core;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Generator.Pipeline;

/// <summary>
/// One page to render: its path, language, plan, the Razor component that renders it and that
/// component's own parameters (the page context is added when it renders). A page about one agency
/// across its years names the agency in <see cref="AgencyCode"/>: it is made only from that agency's plans.
/// </summary>
internal sealed record PageSpec(
    string Path,
    Language Language,
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)][property: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type Component,
    PlanSnapshot? Snapshot = null,
    IReadOnlyDictionary<string, object?>? Parameters = null,
    bool IsLanguageNeutral = false,
    bool RootRelativeLinks = false,
    string? AgencyCode = null);
