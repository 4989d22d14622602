using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PerformancePlan.Core.Store;

/// <summary>Small helpers so every statement is parameterised and short to write.</summary>
public static class SqliteExtensions
{
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification =
        "The parameters are anonymous objects made in this repository's assemblies, which the natively compiled generator keeps whole (TrimMode partial), properties and all.")]
    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null, object? parameters = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        if (parameters is not null)
        {
            foreach (var property in parameters.GetType().GetProperties())
            {
                command.Parameters.AddWithValue("$" + property.Name, ToDb(property.GetValue(parameters)));
            }
        }

        return command;
    }

    public static int Execute(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null, object? parameters = null)
    {
        using var command = connection.Command(sql, transaction, parameters);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null, object? parameters = null)
    {
        using var command = connection.Command(sql, transaction, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static long InsertReturningId(this SqliteConnection connection, string sql, SqliteTransaction? transaction, object parameters)
    {
        using var command = connection.Command(sql + " RETURNING id", transaction, parameters);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static List<T> Query<T>(this SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, SqliteTransaction? transaction = null, object? parameters = null)
    {
        using var command = connection.Command(sql, transaction, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>A text as the writers may use it, whatever the store holds (<see cref="TextRules.Repair"/>).</summary>
    public static string Text(this SqliteDataReader reader, string column) => TextRules.Repair(reader.GetString(reader.GetOrdinal(column)));

    public static string? TextOrNull(this SqliteDataReader reader, string column)
    {
        var i = reader.GetOrdinal(column);
        return reader.IsDBNull(i) ? null : TextRules.Repair(reader.GetString(i));
    }

    public static long Long(this SqliteDataReader reader, string column) => reader.GetInt64(reader.GetOrdinal(column));

    public static int Int(this SqliteDataReader reader, string column) => reader.GetInt32(reader.GetOrdinal(column));

    public static int? IntOrNull(this SqliteDataReader reader, string column)
    {
        var i = reader.GetOrdinal(column);
        return reader.IsDBNull(i) ? null : reader.GetInt32(i);
    }

    public static bool Bool(this SqliteDataReader reader, string column) => reader.GetInt64(reader.GetOrdinal(column)) != 0;

    public static decimal Decimal(this SqliteDataReader reader, string column) =>
        decimal.Parse(reader.GetString(reader.GetOrdinal(column)), NumberStyles.Number, CultureInfo.InvariantCulture);

    public static DateOnly Date(this SqliteDataReader reader, string column) =>
        DateOnly.ParseExact(reader.GetString(reader.GetOrdinal(column)), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Bilingual Bilingual(this SqliteDataReader reader, string prefix) =>
        new(reader.Text(prefix + "_zh"), reader.Text(prefix + "_en"));

    /// <summary>Decimals and dates are stored as invariant text so that 5328.75 stays exactly 5328.75.</summary>
    public static object ToDb(object? value) => value switch
    {
        null => DBNull.Value,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        _ => value,
    };
}
