using PerformancePlan.Core.Store;

namespace PerformancePlan.Core.Tests.Support;

/// <summary>A database file in a fresh temporary directory, removed afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("pp-test-").FullName;
        Database = new PlanDatabase(System.IO.Path.Combine(Directory, "test.db"));
    }

    public string Directory { get; }

    public PlanDatabase Database { get; }

    public string Path => Database.Path;

    public void Dispose()
    {
        PlanDatabase.ReleaseFiles();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
