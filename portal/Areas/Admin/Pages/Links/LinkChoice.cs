namespace PerformancePlan.Portal.Areas.Admin.Pages.Links;

/// <summary>What an editor decides for one indicator: the indicator of last year it continues, or none.</summary>
public sealed record LinkChoice(long IndicatorId, long? ContinuesId)
{
    public static IReadOnlyDictionary<string, string?> AuditFields(LinkChoice choice) =>
        new Dictionary<string, string?>(StringComparer.Ordinal) { ["continues"] = choice.ContinuesId?.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
