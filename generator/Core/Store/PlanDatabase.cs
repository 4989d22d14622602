using Microsoft.Data.Sqlite;

namespace PerformancePlan.Core.Store;

/// <summary>
/// The one SQLite file that holds every plan. Each connection it opens has foreign keys on and the
/// WAL journal; the schema is brought to the newest migration the first time a connection opens.
/// </summary>
public sealed class PlanDatabase
{
    private readonly string connectionString;
    private readonly Lock migrateLock = new();
    private bool migrated;

    /// <summary>
    /// The SQLite handles whose per-connection settings are made. A pooled connection reopened keeps
    /// its handle and its settings, so they are set once per handle, not on every open: an open is
    /// on the path of most admin requests, and the three statements cost more than taking the
    /// connection from the pool.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Configured = new();

    public PlanDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    public bool Exists => File.Exists(Path);

    public SqliteConnection Open()
    {
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(connectionString);
        connection.Open();
        var handle = connection.Handle!;
        if (!Configured.TryGetValue(handle, out _))
        {
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
            Configured.AddOrUpdate(handle, handle);
        }

        if (!migrated)
        {
            lock (migrateLock)
            {
                if (!migrated)
                {
                    Migrations.Apply(connection);
                    migrated = true;
                }
            }
        }

        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is written, or none.</summary>
    public T InTransaction<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }

    public void InTransaction(Action<SqliteConnection, SqliteTransaction> work) =>
        InTransaction((c, t) =>
        {
            work(c, t);
            return 0;
        });

    /// <summary>Releases pooled connections so the file can be moved or deleted.</summary>
    public static void ReleaseFiles() => SqliteConnection.ClearAllPools();
}
