namespace PerformancePlan.Portal.Areas.Admin.Forms;

/// <summary>
/// Shown when someone else saved the record after the editor opened it: who, when, and each field
/// where their saved value differs from what this editor typed. Nothing was written.
/// </summary>
public sealed record Conflict(string? ChangedBy, DateTimeOffset? ChangedAt, IReadOnlyList<ConflictField> Fields, bool Deleted);

public sealed record ConflictField(string Label, string? Theirs, string? Yours);

public static class Conflicts
{
    /// <summary>Compares the stored record's fields with the editor's, by field name, keeping only differences.</summary>
    public static Conflict Of(
        Core.Store.AuditEntry? last,
        IReadOnlyDictionary<string, string?>? theirs,
        IReadOnlyDictionary<string, string?> yours,
        Func<string, string> label)
    {
        if (theirs is null)
        {
            return new(last?.UserName, last?.At, [], true);
        }

        var fields = yours
            .Where(f => !string.Equals((theirs.GetValueOrDefault(f.Key) ?? string.Empty).Trim(), (f.Value ?? string.Empty).Trim(), StringComparison.Ordinal))
            .Select(f => new ConflictField(label(f.Key), theirs.GetValueOrDefault(f.Key), f.Value))
            .ToList();
        return new(last?.UserName, last?.At, fields, false);
    }
}
