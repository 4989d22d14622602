using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Reliability.Tests.Support;

/// <summary>A database file as bytes: its hash once every connection is closed, and its integrity check.</summary>
public static class DatabaseFile
{
    public static string Hash(string path)
    {
        PlanDatabase.ReleaseFiles();
        SqliteConnection.ClearAllPools();
        var wal = path + "-wal";
        var bytes = File.ReadAllBytes(path).Concat(File.Exists(wal) ? File.ReadAllBytes(wal) : []).ToArray();
        return Convert.ToHexString(SHA256.HashData(bytes));
    }

    public static string IntegrityCheck(string path)
    {
        using var c = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var command = c.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    public static List<T> Query<T>(string path, string sql, Func<SqliteDataReader, T> map)
    {
        using var c = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var command = c.CreateCommand();
        command.CommandText = sql;
        using var r = command.ExecuteReader();
        var rows = new List<T>();
        while (r.Read())
        {
            rows.Add(map(r));
        }

        return rows;
    }
}
