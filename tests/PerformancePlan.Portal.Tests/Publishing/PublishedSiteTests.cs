using PerformancePlan.Portal.Publishing;

namespace PerformancePlan.Portal.Tests.Publishing;

/// <summary>The first start publishes, and the portal serves the published site.</summary>
public sealed class PublishedSiteTests(GeneratorPortalFactory factory) : IClassFixture<GeneratorPortalFactory>
{
    private ReleaseStore Releases => factory.Services.GetRequiredService<ReleaseStore>();

    [Fact]
    public async Task The_first_start_seeds_the_content_and_serves_the_published_site_with_its_404_page()
    {
        var client = factory.Anonymous();
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/zh-tw/")).StatusCode);
        var missing = await client.GetAsync("/zh-tw/no-such-page.html");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<html", await missing.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(Releases.Current());
    }

    [Theory]
    [InlineData("//data")]
    [InlineData("//assets")]
    [InlineData("//zh-tw")]
    [InlineData("///en")]
    [InlineData("/en")]
    public async Task The_public_site_redirects_only_to_a_path_on_its_own_host(string path)
    {
        var response = await factory.Anonymous().GetAsync(new Uri("http://localhost" + path));
        if (response.Headers.Location is { } location)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.False(location.IsAbsoluteUri, $"{path} redirects to {location}");
            Assert.Matches("^/[^/\\\\]", location.OriginalString);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_published_sitemap_and_robots_use_the_configured_public_address()
    {
        var client = factory.Anonymous();
        var sitemap = System.Xml.Linq.XDocument.Parse(await (await client.GetAsync("/sitemap.xml")).Text());
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();

        Assert.NotEmpty(locations);
        Assert.All(locations, l => Assert.StartsWith(GeneratorPortalFactory.PublicBaseUrl, l, StringComparison.Ordinal));
        Assert.Contains($"Sitemap: {GeneratorPortalFactory.PublicBaseUrl}sitemap.xml", await (await client.GetAsync("/robots.txt")).Text(), StringComparison.Ordinal);
    }
}
