using PerformancePlan.Core;
using PerformancePlan.Core.Chains;
using PerformancePlan.Core.Figures;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Generator.OpenData;

/// <summary>
/// One open dataset of a plan: its fields and how to read its rows from a snapshot. A row holds
/// typed values (string, int, decimal, DateOnly, bool or null) in field order, read from the plan's
/// figures so derived values are the ones the pages show, and from the site's indicator chains so
/// an indicator can be followed across years; <see cref="CsvFormat"/> writes them.
/// </summary>
public sealed record Dataset(
    string Name,
    Bilingual Title,
    Bilingual Description,
    IReadOnlyList<DatasetField> Fields,
    Func<PlanFigures, IndicatorChains, IEnumerable<object?[]>> Rows,
    Func<PlanSnapshot, DateOnly> LastUpdated)
{
    public string FileName => Name + ".csv";

    public IReadOnlyList<string> Header => Fields.Select(f => f.Name).ToList();
}
