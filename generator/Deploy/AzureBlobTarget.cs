using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace PerformancePlan.Generator.Deploy;

/// <summary>
/// Azure Blob Storage's static website: the <c>$web</c> container (or another), through the SDK,
/// which retries transient failures with exponential back-off. Each file is one blob named by its
/// site path, with its Content-Type, Cache-Control and Content-MD5.
/// </summary>
public sealed class AzureBlobTarget : IDeployTarget
{
    public const string DefaultContainer = "$web";

    private readonly BlobContainerClient container;

    public AzureBlobTarget(string connectionString, string containerName = DefaultContainer)
    {
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 5;
        options.Retry.Mode = Azure.Core.RetryMode.Exponential;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(60);
        container = new BlobContainerClient(connectionString, containerName, options);
    }

    public string Name => container.Uri.GetLeftPart(UriPartial.Path);

    public async Task<IReadOnlyList<RemoteFile>> ListAsync(CancellationToken cancellationToken)
    {
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var files = new List<RemoteFile>();
        await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            files.Add(new RemoteFile(blob.Name, blob.Properties.ContentHash));
        }

        return files;
    }

    public async Task UploadAsync(UploadFile file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file.LocalPath);
        await container.GetBlobClient(file.Path).UploadAsync(stream, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = file.ContentType, CacheControl = file.CacheControl, ContentHash = file.ContentMd5 },
        }, cancellationToken);
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await container.GetBlobClient(path).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }
    }
}
