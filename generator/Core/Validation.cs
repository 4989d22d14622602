namespace PerformancePlan.Core;

/// <summary>A problem with one field of an input, said in both languages.</summary>
public sealed record FieldError(string Field, Bilingual Message)
{
    public override string ToString() => $"{Field}: {Message.En}";
}

/// <summary>Input that breaks a rule: nothing was written.</summary>
public sealed class ValidationException(IReadOnlyList<FieldError> errors)
    : Exception(string.Join("; ", errors.Select(e => e.ToString())))
{
    public ValidationException(string field, Bilingual message)
        : this([new FieldError(field, message)])
    {
    }

    public IReadOnlyList<FieldError> Errors { get; } = errors;
}

/// <summary>
/// The record was changed by someone else since it was read: nothing was written. Carries the
/// record as it now stands so the editor can see what the other person changed.
/// </summary>
public sealed class ConcurrencyConflictException(string entity, string entityId, object? current)
    : Exception($"{entity} {entityId} was changed by someone else since you opened it.")
{
    public string Entity { get; } = entity;

    public string EntityId { get; } = entityId;

    /// <summary>The record as it stands now, or null when it was deleted.</summary>
    public object? Current { get; } = current;
}

/// <summary>Who makes a change and why: every write records it in the audit trail.</summary>
public sealed record ChangeContext(string UserName, DateTimeOffset At, string Reason = "")
{
    public static ChangeContext System(TimeProvider? clock = null, string reason = "") =>
        new("system", (clock ?? TimeProvider.System).GetUtcNow(), reason);
}
