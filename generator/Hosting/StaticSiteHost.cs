using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace PerformancePlan.Generator.Hosting;

/// <summary>How a host serves a built site, beyond its files.</summary>
/// <param name="CacheControl">The Cache-Control header for every file served, or none.</param>
/// <param name="NothingPublished">The plain text answered for a missing address when the site has no 404.html.</param>
public sealed record StaticSiteOptions(string? CacheControl = null, string NothingPublished = "Not found.");

/// <summary>
/// Serves a built site the way any static host would: files as they are with the site's content
/// types, a folder's index.html, a folder addressed without its slash redirected to the same folder
/// with it (always a path on this host), and the site's 404.html with status 404 for anything else.
/// The portal's public site and the <c>serve</c> command both serve through this.
/// </summary>
public static class StaticSiteHost
{
    /// <summary>The content types of the site's files; text types say they are UTF-8, as every file the generator writes is.</summary>
    public static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".html"] = "text/html; charset=utf-8";
        types.Mappings[".css"] = "text/css; charset=utf-8";
        types.Mappings[".js"] = "text/javascript; charset=utf-8";
        types.Mappings[".csv"] = "text/csv; charset=utf-8";
        types.Mappings[".txt"] = "text/plain; charset=utf-8";
        types.Mappings[".xml"] = "application/xml; charset=utf-8";
        types.Mappings[".atom"] = "application/atom+xml; charset=utf-8";
        types.Mappings[".json"] = "application/json; charset=utf-8";
        types.Mappings[".webmanifest"] = "application/manifest+json; charset=utf-8";
        types.Mappings[".svg"] = "image/svg+xml; charset=utf-8";
        types.Mappings[".zip"] = "application/zip";
        return types;
    }

    public static IApplicationBuilder UseStaticSite(this IApplicationBuilder app, IFileProvider files, StaticSiteOptions? options = null)
    {
        options ??= new StaticSiteOptions();
        app.Use((context, next) =>
        {
            if (FolderRedirect(files, context.Request) is { } location)
            {
                context.Response.Redirect(location);
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions
        {
            FileProvider = files,
            DefaultFileNames = ["index.html"],
            // Redirects to a folder's slash are answered above, where the target is kept on this host.
            RedirectToAppendTrailingSlash = false,
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = ContentTypes(),
            OnPrepareResponse = options.CacheControl is { } cacheControl
                ? file => file.Context.Response.Headers.CacheControl = cacheControl
                : _ => { },
        });
        app.Run(context => NotFound(context, options.NothingPublished, files));
        return app;
    }

    /// <summary>
    /// Where a request for a folder without its trailing slash goes: the same path with the slash,
    /// its empty segments dropped, so the target is never scheme-relative (<c>//host/</c>) or
    /// otherwise off this host; null when the path is not a folder of the site.
    /// </summary>
    public static string? FolderRedirect(IFileProvider files, HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return null;
        }

        var path = request.Path.Value;
        if (path is not { Length: > 1 } || path.EndsWith('/') || path.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var folder = string.Join('/', segments);
        if (segments.Length == 0 || !files.GetDirectoryContents(folder).Exists || !files.GetFileInfo(folder + "/index.html").Exists)
        {
            return null;
        }

        var pathBase = string.Join('/', (request.PathBase.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries));
        return (pathBase.Length > 0 ? "/" + pathBase : string.Empty) + "/" + folder + "/" + request.QueryString;
    }

    private static async Task NotFound(HttpContext context, string nothingPublished, IFileProvider files)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var page = files.GetFileInfo("404.html");
        if (page.Exists)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(page);
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(nothingPublished);
    }
}
