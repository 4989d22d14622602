using PerformancePlan.Core;

namespace PerformancePlan.Generator.OpenData;

/// <summary>One column of a dataset: its CSV header, Table Schema type, unit (when fixed) and description in both languages.</summary>
public sealed record DatasetField(string Name, FieldType Type, Bilingual Description, Bilingual? Unit = null)
{
    /// <summary>Fields a row always has a value for (Frictionless <c>constraints.required</c>).</summary>
    public bool Required { get; init; }
}
