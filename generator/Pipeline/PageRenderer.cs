using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Pipeline;

/// <summary>
/// Renders pages with ASP.NET Core's <see cref="HtmlRenderer"/>. The renderer keeps every component
/// it rendered alive until disposed, so each instance renders a bounded batch and is thrown away.
/// The encoder lets every Unicode character through, so Chinese is written as characters, not
/// numeric entities.
/// </summary>
internal sealed class PageRenderer : IAsyncDisposable
{
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddLogging()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    private readonly HtmlRenderer renderer = new(Services, NullLoggerFactory.Instance);

    /// <summary>Renders the page into <paramref name="output"/>, cleared first.</summary>
    public async Task RenderAsync(PageSpec spec, SiteInfo site, AssetMap assets, PageBuffer output)
    {
        var parameters = Parameters(spec, site, assets);
        output.Clear();
        await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await renderer.RenderComponentAsync(spec.Component, parameters);
            root.WriteHtmlTo(output);
        });
    }

    private static ParameterView Parameters(PageSpec spec, SiteInfo site, AssetMap assets)
    {
        var context = new PageContext
        {
            Path = spec.Path,
            Language = spec.Language,
            Assets = assets,
            Site = site,
            Snapshot = spec.Snapshot,
            IsLanguageNeutral = spec.IsLanguageNeutral,
            RootRelativeLinks = spec.RootRelativeLinks,
        };
        var parameters = new Dictionary<string, object?>(spec.Parameters ?? new Dictionary<string, object?>())
        {
            ["Page"] = context,
        };
        return ParameterView.FromDictionary(parameters);
    }

    public ValueTask DisposeAsync() => renderer.DisposeAsync();
}
