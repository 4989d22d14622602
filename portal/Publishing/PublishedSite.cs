using PerformancePlan.Generator.Hosting;
using PerformancePlan.Portal.Security;

namespace PerformancePlan.Portal.Publishing;

/// <summary>Serves the current release at <c>/</c> through the generator's static host; /admin is left to the admin.</summary>
public static class PublishedSite
{
    private static readonly StaticSiteOptions Options = new(
        CacheControl: "no-cache",
        NothingPublished: "Nothing has been published yet. Sign in at /admin and publish.");

    public static IApplicationBuilder UsePublishedSite(this IApplicationBuilder app, CurrentRelease current)
    {
        app.UseWhen(context => !SecurityHeaders.IsAdmin(context.Request.Path), site => site.UseStaticSite(current, Options));
        return app;
    }
}
