using PerformancePlan.Core;

namespace PerformancePlan.Portal;

/// <summary>The portal's settings (configuration section <c>Portal</c>, environment <c>Portal__Name</c>).</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Holds all state: the database, the published releases and the data-protection keys.</summary>
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>The source documents a plan is created from on first start.</summary>
    public string ContentDirectory { get; set; } = string.Empty;

    /// <summary>The shared static assets (CSS, JS) the admin and the site use.</summary>
    public string WebRoot { get; set; } = string.Empty;

    /// <summary>A session that sees no request for this long ends.</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    public int MaxFailedSignIns { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in attempts one client address may make per window before getting 429.</summary>
    public int SignInPermitLimit { get; set; } = 10;

    public int SignInWindowSeconds { get; set; } = 60;

    public int ReleasesKept { get; set; } = 5;

    /// <summary>
    /// The address the public reaches the published site at (e.g. <c>https://plan.example.gov.tw/</c>);
    /// the sitemap, robots.txt, feeds and hreflang links use it to write absolute addresses. Empty:
    /// they are written from the site root.
    /// </summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    public Uri? PublicBaseUri => string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : new Uri(PublicBaseUrl, UriKind.Absolute);

    /// <summary>Where each published release is deployed for the public (section <c>Portal:Deploy</c>); nothing when its connection string is empty.</summary>
    public DeployOptions Deploy { get; set; } = new();

    /// <summary>On a first start with an empty database, create the plan from the content and publish it.</summary>
    public bool SeedOnFirstStart { get; set; } = true;

    public string DatabasePath => Path.Combine(DataDirectory, "portal.db");

    public string ReleasesDirectory => Path.Combine(DataDirectory, "releases");

    public string KeysDirectory => Path.Combine(DataDirectory, "keys");

    /// <summary>Fills in defaults from the repository layout and makes every path absolute.</summary>
    public PortalOptions Resolve()
    {
        DataDirectory = Path.GetFullPath(string.IsNullOrWhiteSpace(DataDirectory) ? RepositoryPaths.DataDirectory : DataDirectory);
        ContentDirectory = Path.GetFullPath(string.IsNullOrWhiteSpace(ContentDirectory) ? RepositoryPaths.Content : ContentDirectory);
        WebRoot = Path.GetFullPath(string.IsNullOrWhiteSpace(WebRoot) ? RepositoryPaths.WebRoot : WebRoot);
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl)
            && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            throw new InvalidOperationException($"Portal:PublicBaseUrl must be an absolute http(s) address, not '{PublicBaseUrl}'.");
        }

        return this;
    }

    public static PortalOptions From(IConfiguration configuration)
    {
        var options = new PortalOptions();
        configuration.GetSection(Section).Bind(options);
        return options.Resolve();
    }
}

/// <summary>
/// The Azure Blob Storage static website the public site is deployed to. The connection string
/// comes from configuration or the environment (<c>Portal__Deploy__ConnectionString</c>), never
/// from the database.
/// </summary>
public sealed class DeployOptions
{
    public string ConnectionString { get; set; } = string.Empty;

    public string Container { get; set; } = PerformancePlan.Generator.Deploy.AzureBlobTarget.DefaultContainer;
}
