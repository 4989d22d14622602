namespace PerformancePlan.Core.Plans;

/// <summary>The limits of an actual's texts, shared by the store and the admin form.</summary>
public static class ActualRules
{
    /// <summary>A note explains a figure in a paragraph or two.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>A source names a system, a report or a unit.</summary>
    public const int MaxSourceLength = 500;
}
