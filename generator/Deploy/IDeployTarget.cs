namespace PerformancePlan.Generator.Deploy;

/// <summary>A file the target already holds: its path and the MD5 of its content, when the store knows it.</summary>
public sealed record RemoteFile(string Path, byte[]? ContentMd5);

/// <summary>A file to put on the target, with the headers it is served with.</summary>
public sealed record UploadFile(string Path, string LocalPath, byte[] ContentMd5, string ContentType, string CacheControl);

/// <summary>
/// Where a built site is published for the public: an object store served through a CDN. Small on
/// purpose, so another store (S3-compatible) is one more implementation. Implementations retry
/// transient failures themselves.
/// </summary>
public interface IDeployTarget
{
    /// <summary>A name for messages, without secrets.</summary>
    string Name { get; }

    Task<IReadOnlyList<RemoteFile>> ListAsync(CancellationToken cancellationToken);

    Task UploadAsync(UploadFile file, CancellationToken cancellationToken);

    Task DeleteAsync(string path, CancellationToken cancellationToken);
}
