using Microsoft.AspNetCore.StaticFiles;
using PerformancePlan.Portal.Security;

namespace PerformancePlan.Portal.Publishing;

/// <summary>Serves the current release at <c>/</c>: its files, directory index pages, and its 404 page for anything else.</summary>
public static class PublishedSite
{
    public static IApplicationBuilder UsePublishedSite(this IApplicationBuilder app, CurrentRelease current)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".atom"] = "application/atom+xml";
        types.Mappings[".webmanifest"] = "application/manifest+json";
        types.Mappings[".csv"] = "text/csv; charset=utf-8";

        app.UseWhen(
            context => !SecurityHeaders.IsAdmin(context.Request.Path),
            site =>
            {
                site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = current, DefaultFileNames = ["index.html"] });
                site.UseStaticFiles(new StaticFileOptions
                {
                    FileProvider = current,
                    ContentTypeProvider = types,
                    OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
                });
                site.Run(async context => await NotFound(context, current));
            });
        return app;
    }

    private static async Task NotFound(HttpContext context, CurrentRelease current)
    {
        var directory = context.Request.Path.Value is { Length: > 1 } path && !path.EndsWith('/')
            ? current.GetDirectoryContents(path)
            : null;
        if (directory is { Exists: true } && HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.Redirect(context.Request.PathBase + context.Request.Path + "/" + context.Request.QueryString);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var page = current.GetFileInfo("404.html");
        if (page.Exists)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(page);
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(current.Directory is null
            ? "Nothing has been published yet. Sign in at /admin and publish."
            : "Not found.");
    }
}
