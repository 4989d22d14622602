using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PerformancePlan.Generator.Cli;

namespace PerformancePlan.Generator.Tests.Hosting;

/// <summary>The one static host (the serve command and the portal's public site) on a small hand-made site.</summary>
public sealed class StaticSiteHostTests : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("pp-host-").FullName;
    private WebApplication? app;
    private HttpClient http = new();
    private string origin = string.Empty;

    public async Task InitializeAsync()
    {
        Write("index.html", "<!doctype html><title>home</title>");
        Write("404.html", "<!doctype html><title>找不到網頁</title>");
        Write("en/index.html", "<!doctype html><title>en</title>");
        Write("en/feed.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>");
        Write("data/plan/budget.csv", "\uFEFFa,b\r\n1,2\r\n");
        Write("site.webmanifest", "{}");
        app = StaticSite.Create(root, port: 0);
        await app.StartAsync();
        origin = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        Directory.Delete(root, recursive: true);
    }

    [Theory]
    [InlineData("/en", "/en/")]
    [InlineData("//en", "/en/")]
    [InlineData("///en", "/en/")]
    [InlineData("//en?x=1", "/en/?x=1")]
    public async Task A_folder_without_its_slash_redirects_to_a_path_on_the_same_host(string path, string location)
    {
        var response = await Get(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("//data")]
    [InlineData("/data")]
    [InlineData("//data/plan")]
    public async Task A_folder_without_an_index_page_or_an_odd_path_gets_the_404_page_and_no_redirect(string path)
    {
        var response = await Get(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("找不到網頁", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/en/", "text/html")]
    [InlineData("/en/feed.atom", "application/atom+xml")]
    [InlineData("/data/plan/budget.csv", "text/csv")]
    [InlineData("/site.webmanifest", "application/manifest+json")]
    public async Task Text_files_are_served_as_utf_8_with_their_type(string path, string mediaType)
    {
        var response = await Get(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
    }

    private Task<HttpResponseMessage> Get(string path) =>
        http.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(origin + path)));

    private void Write(string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
