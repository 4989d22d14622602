using System.Reflection;
using Microsoft.Data.Sqlite;

namespace PerformancePlan.Core.Store;

/// <summary>
/// Numbered SQL scripts (<c>Store/Migrations/NNN_name.sql</c>, embedded) applied in order; the
/// database's <c>PRAGMA user_version</c> records the last one applied.
/// </summary>
public static class Migrations
{
    private static readonly Lazy<IReadOnlyList<(int Number, string Name, string Sql)>> Scripts = new(Load);

    /// <summary>Every migration script by number and file name, in the order they apply.</summary>
    public static IReadOnlyList<(int Number, string Name)> All => Scripts.Value.Select(s => (s.Number, s.Name)).ToList();

    public static int Latest => Scripts.Value.Count == 0 ? 0 : Scripts.Value[^1].Number;

    public static int CurrentVersion(SqliteConnection connection) =>
        Convert.ToInt32(connection.Scalar("PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);

    public static void Apply(SqliteConnection connection) => Apply(connection, Latest);

    /// <summary>Applies the migrations up to and including number <paramref name="target"/> (tests of a migration start before it).</summary>
    public static void Apply(SqliteConnection connection, int target)
    {
        var current = CurrentVersion(connection);
        if (current > Latest)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {current}, newer than this program knows ({Latest}). Use a newer build.");
        }

        foreach (var (number, name, sql) in Scripts.Value.Where(s => s.Number > current && s.Number <= target))
        {
            using var transaction = connection.BeginTransaction();
            try
            {
                connection.Execute(sql, transaction);
                connection.Execute($"PRAGMA user_version = {number}", transaction);
                transaction.Commit();
            }
            catch (SqliteException ex)
            {
                throw new InvalidOperationException($"Migration {name} failed: {ex.Message}", ex);
            }
        }
    }

    private static List<(int, string, string)> Load()
    {
        var assembly = typeof(Migrations).Assembly;
        var scripts = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Migrations.", StringComparison.Ordinal)))
        {
            var name = resource["Migrations.".Length..];
            var number = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add((number, name, reader.ReadToEnd()));
        }

        scripts.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Item1 != i + 1)
            {
                throw new InvalidOperationException($"Migrations must be numbered 1, 2, 3… without gaps; found {scripts[i].Item2} at position {i + 1}.");
            }
        }

        return scripts;
    }
}
