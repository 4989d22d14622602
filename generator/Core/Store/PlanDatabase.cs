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
        connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
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
