namespace PerformancePlan.Core.Plans;

/// <summary>
/// How an indicator's figures are obtained, after GAO-15-788's items: the data source (system or
/// register), how it is counted or computed, how often, its known limitations, and the unit
/// responsible (承辦單位). An empty item reads as "not stated".
/// </summary>
public sealed record DataQuality(Bilingual Source, Bilingual Method, Bilingual Frequency, Bilingual Limitations, Bilingual ResponsibleUnit)
{
    public static DataQuality Empty { get; } = new(Bilingual.Empty, Bilingual.Empty, Bilingual.Empty, Bilingual.Empty, Bilingual.Empty);

    public static Bilingual NotStated { get; } = new("計畫未載明", "Not stated in the plan");

    /// <summary>The items in the order they are shown, with the column prefix they are stored and published under.</summary>
    public IReadOnlyList<(string Key, Bilingual Label, Bilingual Text)> Items =>
    [
        ("source", FieldLabels.Of("dq_source"), Source),
        ("method", FieldLabels.Of("dq_method"), Method),
        ("frequency", FieldLabels.Of("dq_frequency"), Frequency),
        ("limitations", FieldLabels.Of("dq_limitations"), Limitations),
        ("unit", FieldLabels.Of("dq_unit"), ResponsibleUnit),
    ];
}
