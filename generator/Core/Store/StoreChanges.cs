using Microsoft.Data.Sqlite;

namespace PerformancePlan.Core.Store;

/// <summary>
/// Tells whether anything was committed to the database since a given moment, by any connection of
/// any process: SQLite's <c>PRAGMA data_version</c> read on one connection of its own that never
/// writes, so every commit made elsewhere changes the value. Caches of what the store holds are
/// keyed on <see cref="Version"/>: read the version first, then the data, so a commit in between
/// can only make the cache load again, never keep a stale copy.
/// </summary>
public sealed class StoreChanges(PlanDatabase database) : IDisposable
{
    private readonly Lock gate = new();
    private SqliteConnection? watcher;
    private SqliteCommand? query;

    /// <summary>A number that differs from the last one read whenever another connection committed in between.</summary>
    public long Version()
    {
        lock (gate)
        {
            if (query is null)
            {
                // The first open applies the migrations, through a connection of the pool.
                using (database.Open())
                {
                }

                watcher = new SqliteConnection(new SqliteConnectionStringBuilder
                {
                    DataSource = database.Path,
                    Mode = SqliteOpenMode.ReadWrite,
                    Pooling = false,
                }.ToString());
                watcher.Open();
                query = watcher.CreateCommand();
                query.CommandText = "PRAGMA data_version";
            }

            return (long)query.ExecuteScalar()!;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            query?.Dispose();
            watcher?.Dispose();
            query = null;
            watcher = null;
        }
    }
}
