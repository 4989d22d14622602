using PerformancePlan.Generator.Pipeline.Validation;

namespace PerformancePlan.Generator.Tests.Pipeline.Validation;

public sealed class LinkResolverTests
{
    private const string Page = "zh-tw/107-secretariat/goals/1/index.html";

    [Theory]
    [InlineData("../2/", "zh-tw/107-secretariat/goals/2/index.html", "")]
    [InlineData("../../exchanges/#x-2018-03-01-1", "zh-tw/107-secretariat/exchanges/index.html", "x-2018-03-01-1")]
    [InlineData("./", Page, "")]
    [InlineData(".", Page, "")]
    [InlineData("..", "zh-tw/107-secretariat/goals/index.html", "")]
    [InlineData("/en/", "en/index.html", "")]
    [InlineData("/", "index.html", "")]
    [InlineData("../../../../assets/css/site.0123456789.css", "assets/css/site.0123456789.css", "")]
    [InlineData("../../../../../../../../data/x.csv", "data/x.csv", "")]
    [InlineData("#indicator-1-1", Page, "indicator-1-1")]
    [InlineData("feed.xml", "zh-tw/107-secretariat/goals/1/feed.xml", "")]
    [InlineData("../2", "zh-tw/107-secretariat/goals/2", "")]
    [InlineData(".././/./2/#a%20b", "zh-tw/107-secretariat/goals/2/index.html", "a b")]
    [InlineData("../%E6%B8%AC%E8%A9%A6/", "zh-tw/107-secretariat/goals/測試/index.html", "")]
    public void A_relative_or_root_link_resolves_to_the_site_file_it_reaches(string link, string target, string fragment)
    {
        Assert.True(LinkResolver.TryResolve(Page, link, null, out var resolved, out var anchor));
        Assert.Equal(target, resolved);
        Assert.Equal(fragment, anchor);
    }

    [Theory]
    [InlineData("https://data.gov.tw/license")]
    [InlineData("mailto:someone@example.gov.tw")]
    [InlineData("//cdn.example.com/x.js")]
    public void A_link_that_leaves_the_site_does_not_resolve(string link)
    {
        Assert.False(LinkResolver.TryResolve(Page, link, null, out _, out _));
    }

    [Fact]
    public void An_absolute_link_under_the_public_address_is_a_link_into_the_site()
    {
        var baseUrl = new Uri("https://plan.example.gov.tw/");
        Assert.True(LinkResolver.TryResolve(Page, "https://plan.example.gov.tw/en/107-secretariat/#goals", baseUrl, out var target, out var fragment));
        Assert.Equal("en/107-secretariat/index.html", target);
        Assert.Equal("goals", fragment);
        Assert.False(LinkResolver.TryResolve(Page, "https://other.example.gov.tw/en/", baseUrl, out _, out _));
    }

    [Fact]
    public void A_link_with_a_query_is_resolved_to_its_path()
    {
        Assert.True(LinkResolver.TryResolve(Page, "../2/?lang=en", null, out var target, out _));
        Assert.Equal("zh-tw/107-secretariat/goals/2/index.html", target);
    }

    [Theory]
    [InlineData("https://plan.example.gov.tw/zh-tw/%E9%97%9C%E6%96%BC/", "zh-tw/關於/")]
    [InlineData("/zh-tw/about/", "zh-tw/about/")]
    [InlineData("zh-tw/about/", "zh-tw/about/")]
    public void An_hreflang_or_sitemap_address_names_a_site_path(string href, string path)
    {
        Assert.Equal(path, LinkResolver.SitePathOf(href));
    }

    [Fact]
    public void A_folder_page_is_addressed_by_its_folder()
    {
        Assert.Equal("zh-tw/about/", LinkResolver.PagePath("zh-tw/about/index.html"));
        Assert.Equal("404.html", LinkResolver.PagePath("404.html"));
    }
}
