using PerformancePlan.Core.Import;
using PerformancePlan.Core.Import.Data;

namespace PerformancePlan.Core.Tests.Support;

/// <summary>A temporary database holding the seed plan and its shipped sample data.</summary>
public sealed class SeededDatabase : IDisposable
{
    public static readonly ChangeContext Context = new("test", new DateTimeOffset(2018, 12, 31, 9, 0, 0, TimeSpan.Zero));

    public SeededDatabase(bool withData = true)
    {
        new PlanContentWriter(Temp.Database).Upsert(SeedFiles.Parse(), Context);
        if (withData)
        {
            var csv = new CsvImport(Temp.Database);
            foreach (var file in new[] { "actuals.csv", "exchanges.csv", "esignature.csv" })
            {
                csv.ImportFile("107-secretariat", Path.Combine(SeedFiles.PlanFolder, file), null, Context);
            }
        }
    }

    public TempDatabase Temp { get; } = new();

    public PerformancePlan.Core.Store.PlanDatabase Database => Temp.Database;

    public void Dispose() => Temp.Dispose();
}
