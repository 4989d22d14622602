using System.Globalization;
using PerformancePlan.Core;
using PerformancePlan.Core.Store;

namespace PerformancePlan.Portal.Publishing;

/// <summary>The history of releases in the database: which exist, which one is current. Changes are audited.</summary>
public sealed class ReleaseStore(PlanDatabase database)
{
    public IReadOnlyList<Release> List()
    {
        using var c = database.Open();
        return c.Query("SELECT * FROM releases ORDER BY created_at DESC, id DESC", Read);
    }

    public Release? Current() => List().FirstOrDefault(r => r.IsCurrent);

    /// <summary>Records a new release and makes it the current one, in one transaction with its audit entry.</summary>
    public Release AddAsCurrent(string name, SiteBuildSummary summary, ChangeContext context) =>
        database.InTransaction((c, t) =>
        {
            c.Execute("UPDATE releases SET is_current = 0 WHERE is_current = 1", t);
            var id = c.InsertReturningId(
                """
                INSERT INTO releases (name, created_at, user_name, pages, files, bytes, seconds, is_current)
                VALUES ($name, $at, $user, $pages, $files, $bytes, $seconds, 1)
                """,
                t,
                new { name, at = context.At, user = context.UserName, pages = summary.Pages, files = summary.Files, bytes = summary.Bytes, seconds = summary.Elapsed.TotalSeconds });
            AuditTrail.Record(c, t, context, null, "release", name, "publish", "", null,
                string.Create(CultureInfo.InvariantCulture, $"{summary.Pages} pages, {summary.Files} files; {summary.PagesWritten} pages and {summary.FilesWritten} files written, {summary.BytesWritten} bytes"));
            return c.Query("SELECT * FROM releases WHERE id = $id", Read, t, new { id }).Single();
        });

    /// <summary>Makes an earlier release the current one again.</summary>
    public void MakeCurrent(string name, ChangeContext context) =>
        database.InTransaction((c, t) =>
        {
            var before = c.Query("SELECT * FROM releases WHERE is_current = 1", Read, t).FirstOrDefault();
            if (c.Execute("UPDATE releases SET is_current = (name = $name)", t, new { name }) == 0
                || c.Scalar("SELECT 1 FROM releases WHERE name = $name", t, new { name }) is null)
            {
                throw new ValidationException("release", new($"找不到版本 {name}", $"there is no release named {name}"));
            }

            AuditTrail.Record(c, t, context, null, "release", name, "restore", "current", before?.Name, name);
        });

    public void Remove(string name)
    {
        using var c = database.Open();
        c.Execute("DELETE FROM releases WHERE name = $name AND is_current = 0", null, new { name });
    }

    private static Release Read(Microsoft.Data.Sqlite.SqliteDataReader r) => new(
        r.Long("id"),
        r.Text("name"),
        DateTimeOffset.Parse(r.Text("created_at"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        r.Text("user_name"),
        r.Int("pages"),
        r.Int("files"),
        r.Long("bytes"),
        r.GetDouble(r.GetOrdinal("seconds")),
        r.Bool("is_current"));
}
