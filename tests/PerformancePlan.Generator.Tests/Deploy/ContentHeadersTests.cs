using PerformancePlan.Generator.Deploy;
using PerformancePlan.Generator.Hosting;

namespace PerformancePlan.Generator.Tests.Deploy;

/// <summary>The object store serves every file with the type the site's own host gives it: one map, no disagreement.</summary>
public sealed class ContentHeadersTests
{
    [Theory]
    [InlineData("zh-tw/index.html", "text/html; charset=utf-8")]
    [InlineData("zh-tw/feed.atom", "application/atom+xml; charset=utf-8")]
    [InlineData("data/all/indicators.csv", "text/csv; charset=utf-8")]
    [InlineData("data/all/all.zip", "application/zip")]
    [InlineData("assets/site.0123abcd.css", "text/css; charset=utf-8")]
    [InlineData("assets/icon.png", "image/png")]
    [InlineData("site.webmanifest", "application/manifest+json; charset=utf-8")]
    public void A_file_is_uploaded_with_the_type_the_static_host_serves_it_with(string path, string expected)
    {
        Assert.Equal(expected, ContentHeaders.ContentType(path));
        Assert.True(StaticSiteHost.ContentTypes().TryGetContentType(path, out var served));
        Assert.Equal(served, ContentHeaders.ContentType(path));
    }

    [Fact]
    public void An_unknown_extension_is_uploaded_as_bytes()
        => Assert.Equal("application/octet-stream", ContentHeaders.ContentType("data/file.unknownext"));
}
