namespace PerformancePlan.Portal;

/// <summary>The portal's log messages, declared once (source-generated, so a disabled level costs nothing).</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created the database from {Content}")]
    public static partial void Seeded(ILogger logger, string content);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published the first release {Release}")]
    public static partial void FirstRelease(ILogger logger, string release);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published release {Release} ({Pages} pages) for {User}")]
    public static partial void Published(ILogger logger, string release, int pages, string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Restored release {Release} for {User}")]
    public static partial void Restored(ILogger logger, string release, string user);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not sweep {Directory}")]
    public static partial void SweepFailed(ILogger logger, Exception exception, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not prune old releases in {Directory}")]
    public static partial void PruneFailed(ILogger logger, Exception exception, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete {Path}")]
    public static partial void DeleteFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deploying release {Release} to {Target} failed")]
    public static partial void DeployFailed(ILogger logger, Exception exception, string release, string target);
}
