using PerformancePlan.Core;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Generator.Tests.Site;

public sealed class SitePathsTests
{
    [Theory]
    [InlineData("zh-tw/p/goals/1/", "zh-tw/p/goals/2/", "../2/")]
    [InlineData("zh-tw/p/goals/1/", "zh-tw/p/goals/1/", "./")]
    [InlineData("zh-tw/p/", "en/p/", "../../en/p/")]
    [InlineData("zh-tw/p/budget/", "assets/css/site.1.css", "../../../assets/css/site.1.css")]
    [InlineData("", "zh-tw/", "zh-tw/")]
    [InlineData("en/", "", "../")]
    [InlineData("en/open-data/", "en/p/open-data/", "../p/open-data/")]
    [InlineData("en/p/", "data/p/goals.csv", "../../data/p/goals.csv")]
    public void Relative_links_resolve_to_their_target(string from, string to, string expected)
    {
        Assert.Equal(expected, SitePaths.Relative(from, to));
        var resolved = new Uri(new Uri("https://x/" + SitePaths.FileOf(from)), expected).AbsolutePath.TrimStart('/');
        Assert.Equal(to, resolved);
    }

    [Fact]
    public void Every_relative_link_between_pages_and_files_of_a_site_resolves_to_its_target()
    {
        string[] paths =
        [
            "", "404.html", "sitemap.xml", "zh-tw/", "en/", "zh-tw/about/", "zh-tw/107-x/", "zh-tw/107-x/goals/1/", "zh-tw/107-x/goals/12/",
            "en/107-x/goals/1/", "zh-tw/107-x/exchanges/feed.xml", "zh-tw/agencies/x/indicators/3/", "zh-tw/indicators/107/",
            "data/107-x/goals.csv", "data/all.zip", "assets/css/site.1.css", "zh-tw/107-x/goals/", "zh-tw/107-xy/goals/1/",
        ];
        foreach (var from in paths)
        {
            foreach (var to in paths)
            {
                var link = SitePaths.Relative(from, to);
                Assert.False(link.StartsWith('/'), $"{from} → {to}: {link}");
                var resolved = new Uri(new Uri("https://x/" + SitePaths.FileOf(from)), link).AbsolutePath.TrimStart('/');
                Assert.True(to == resolved || (to.Length == 0 && resolved.Length == 0), $"{from} → {to}: '{link}' resolves to '{resolved}'");
            }
        }
    }

    [Fact]
    public void The_same_page_in_the_other_language_swaps_only_the_language_segment()
    {
        Assert.Equal("en/107-x/goals/3/", SitePaths.Translate("zh-tw/107-x/goals/3/", Language.ZhTw, Language.En));
        Assert.Equal("404.html", SitePaths.Translate("404.html", Language.ZhTw, Language.En));
    }

    [Theory]
    [InlineData("公文線上簽核件數 /(電子公文收文總數+紙本來文線上簽核數+自創簽稿數) × 100%", "公文線上簽核件數", "電子公文收文總數+紙本來文線上簽核數+自創簽稿數", "× 100%")]
    [InlineData("Documents signed and approved online / (electronic documents received + paper documents signed online + self-created drafts) × 100%", "Documents signed and approved online", "electronic documents received + paper documents signed online + self-created drafts", "× 100%")]
    public void A_ratio_formula_splits_into_numerator_denominator_and_tail(string text, string numerator, string denominator, string tail) =>
        Assert.Equal(new FormulaParts(numerator, denominator, tail), FormulaParts.TryParse(text));

    [Fact]
    public void Text_without_a_division_is_not_a_formula() =>
        Assert.Null(FormulaParts.TryParse("與締盟城市交流次數。"));

    [Fact]
    public void Numbered_implementation_items_split_into_items_and_other_text_stays_whole()
    {
        Assert.Equal(["(一)推動與締盟城市之交流合作", "(二)接待國際訪賓"], NumberedItems.Split("(一)推動與締盟城市之交流合作 (二)接待國際訪賓"));
        Assert.Equal(["(1) Publish the handbook", "(2) Go online"], NumberedItems.Split("(1) Publish the handbook (2) Go online"));
        Assert.Equal(["收到民眾申請資料立即轉交市長室，並待其交辦後約 2 個工作天完成郵寄。"], NumberedItems.Split("收到民眾申請資料立即轉交市長室，並待其交辦後約 2 個工作天完成郵寄。"));
        Assert.Equal(["(一) 辦理市政大樓地下停車場機械式車位汰換"], NumberedItems.Split("(一) 辦理市政大樓地下停車場機械式車位汰換"));
    }
}
