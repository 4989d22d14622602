namespace PerformancePlan.Core.Checks;

public enum CheckSeverity
{
    /// <summary>Blocks publishing until the data is corrected.</summary>
    Error,

    /// <summary>Published only once the publisher acknowledges it.</summary>
    Warning,
}

/// <summary>One finding of the checks run before a publish, naming the indicator (or goal, or program), period and values.</summary>
public sealed record PublishCheck(CheckSeverity Severity, string Rule, string Subject, string? Period, Bilingual Message)
{
    public override string ToString() =>
        $"{(Severity == CheckSeverity.Error ? "error" : "warning")}: {Subject}{(Period is null ? string.Empty : " " + Period)}: {Message.En}";
}
