using PerformancePlan.Core.Store;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Site;

public sealed class TranslationFallbackTests : IDisposable
{
    private readonly TempSite site = new(db =>
    {
        using var c = db.Open();
        c.Execute("UPDATE goals SET title_en = '' WHERE ordinal = 2");
        c.Execute("UPDATE indicators SET title_en = '' WHERE ordinal = 1 AND goal_id = (SELECT id FROM goals WHERE ordinal = 2)");
        c.Execute("DELETE FROM site_pages WHERE key = 'about' AND language = 'en'");
    });

    public TranslationFallbackTests() => site.Build();

    public void Dispose() => site.Dispose();

    [Fact]
    public void A_missing_english_title_shows_the_chinese_marked_zh_tw_and_labelled_translation_pending()
    {
        var page = site.Page($"en/{TempSite.Slug}/goals/2/");
        var fallback = page.QuerySelector("h1 .fallback")!;
        Assert.Equal("提升本市國際知名度", fallback.QuerySelector("[lang='zh-TW']")!.TextContent);
        Assert.Equal("Translation pending", fallback.QuerySelector(".pending-label")!.TextContent);
        Assert.Null(fallback.QuerySelector(".pending-label")!.Closest("[lang='zh-TW']"));

        var indicator = page.QuerySelector(".indicator-table tr[data-indicator='2.1'] th .fallback [lang='zh-TW']")!;
        Assert.Equal("出版桃園外交手冊", indicator.TextContent);
    }

    [Fact]
    public void Translated_texts_are_not_marked()
    {
        var page = site.Page($"en/{TempSite.Slug}/goals/1/");
        Assert.Empty(page.QuerySelectorAll("h1 .fallback, .indicator-table .fallback"));
        Assert.Empty(site.Page($"zh-tw/{TempSite.Slug}/goals/2/").QuerySelectorAll(".fallback"));
    }

    [Fact]
    public void A_missing_english_site_page_falls_back_to_the_chinese_page_marked_as_pending()
    {
        var page = site.Page("en/about/");
        var article = page.QuerySelector("article")!;
        Assert.Equal("zh-TW", article.GetAttribute("lang"));
        Assert.Equal("關於本網站", article.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Translation pending", article.QuerySelector(".pending-label")!.TextContent.Trim());
        Assert.Equal("en", article.QuerySelector(".pending-label")!.GetAttribute("lang"));
    }
}
