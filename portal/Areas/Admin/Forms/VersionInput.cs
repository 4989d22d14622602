namespace PerformancePlan.Portal.Areas.Admin.Forms;

/// <summary>The input of a form that only confirms an action on a record: the version the editor saw.</summary>
public sealed class VersionInput
{
    public long Version { get; set; }
}
