using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace PerformancePlan.Portal.Publishing;

/// <summary>
/// The release the public site is served from. Switching is one reference assignment: a request
/// sees the old release or the new one, never a mix.
/// </summary>
public sealed class CurrentRelease : IFileProvider
{
    private volatile Served? served;

    public string? Directory => served?.Directory;

    public void Set(string? directory) =>
        served = directory is null || !System.IO.Directory.Exists(directory) ? null : new Served(directory, new PhysicalFileProvider(directory));

    public IFileInfo GetFileInfo(string subpath) =>
        served?.Files.GetFileInfo(subpath) ?? new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) =>
        served?.Files.GetDirectoryContents(subpath) ?? NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed record Served(string Directory, PhysicalFileProvider Files);
}
