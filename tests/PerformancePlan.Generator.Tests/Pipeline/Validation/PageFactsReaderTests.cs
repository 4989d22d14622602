using System.Collections.Concurrent;
using PerformancePlan.Generator.Bench;
using PerformancePlan.Generator.Pipeline;
using PerformancePlan.Generator.Pipeline.Validation;
using PerformancePlan.Generator.Tests.Support;

namespace PerformancePlan.Generator.Tests.Pipeline.Validation;

/// <summary>
/// The page reader validation uses gives, on every page, the same facts and the same problems as
/// the same checks made on AngleSharp's tokenizer (<see cref="AngleSharpPageFactsReader"/>): on the
/// seed site, on a site of several synthetic plans, and on pages made to trip a tokenizer up.
/// </summary>
[Collection(SeedSiteCollection.Name)]
public sealed class PageFactsReaderTests(BuiltSeedSite seed)
{
    private const string Head = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title><meta name="description" content="d"></head><body><main><h1>H</h1>""";

    public static TheoryData<string, string> TrickyPages { get; } = new()
    {
        { "comment holding tags", Head + """<!-- <a href="../commented/">x</a> <h1>no</h1> --><a href="#kept">k</a><p id="kept"></p></main>""" },
        { "comments that end early or oddly", Head + """<!--><a href="a1/">1</a><!---><a href="a2/">2</a><!-- x --!><a href="a3/">3</a><!-- a -- b ---><a href="a4/">4</a></main>""" },
        { "bogus comments and a processing instruction", Head + """<! <a href="no1/"> ><? <a href="no2/"> ?></ <a href="no3/">x><a href="yes/">y</a></main>""" },
        { "greater-than inside quoted attributes", Head + """<a title="a>b" href="in/side/">1</a><a title='x>y' href='single/'>2</a><img alt="1 > 0" src="img.png"></main>""" },
        { "unquoted attributes", Head + """<a href=plain/ id=u1>1</a><a href=../up/#frag>2</a><img src=pic.png alt=x></main>""" },
        { "entities in href and title", """<!DOCTYPE html><html lang="zh-TW"><head><title>A &amp; B &lt;C&gt; &#x2B; &#8212; &eacute; &notin; &notit; &amp</title><meta name="description" content="&quot;d&quot;"></head><body><main><h1>H</h1><a href="q?a=1&amp;b=2">1</a><a href="/x/?a=1&b=2&copy=3&lang;">2</a><a href="caf&eacute;/&#x2F;&#47;&#150;">3</a><a href="&notit;/">4</a></main>""" },
        { "svg with a title and links", Head + """<svg viewBox="0 0 1 1"><title>Chart title</title><a href="svg-link/"><text>t</text></a><style>a { } </a><a href="styled/"></style><script>var s = "</a>";</script></svg><title>later title</title><a href="after-svg/">z</a></main>""" },
        { "self-closed svg and math", Head + """<svg/><math><mi>x</mi></math><a href="after-math/">m</a><svg><circle/></svg></main>""" },
        { "CDATA in svg, bogus comment outside", Head + """<svg><![CDATA[ a > b <a href="cdata/"> ]]></svg><![CDATA[ <a href="bogus/"> ]]><a href="after-cdata/">c</a></main>""" },
        { "script holding tag-like strings", Head + """<script>document.write("</a><a href='script/'>"); if (a<b) { x = "<h1>" }</script><script src="app.js"></script><script><!-- var y = "</scrip"; --></script><a href="after-script/">s</a></main>""" },
        { "script with an escaped comment that closes", Head + """<script><!-- x </script><a href="closed/">c</a><script>a = 1 <!-- b --> </script><a href="after/">d</a></main>""" },
        { "raw text and RCDATA elements", Head + """<style>p::before { content: "<a href='style/'>" }</style><textarea><a href="textarea/">&amp;</a></textarea><xmp><a href="xmp/"></xmp><noembed><h1>x</h1></noembed><iframe><a href="iframe/"></iframe><a href="after-raw/">r</a></main>""" },
        { "upper case tags and attributes", """<!DOCTYPE html><HTML LANG="en"><HEAD><TITLE>Up</TITLE><META NAME="description" CONTENT="d"></HEAD><BODY><MAIN><H1 ID="top">H</H1><A HREF="UP/">x</A><LINK REL="alternate" HREFLANG="en" HREF="/en/"></MAIN>""" },
        { "duplicate attributes: the first counts", Head + """<a href="first/" href="second/">x</a><p id="d1" id="d2"></p><p id="d2"></p></main>""" },
        { "links without href, with entities in their text", Head + """<a>no &amp; href</a><a name="n">named &lt;here&gt;</a><a href="">empty href</a></main>""" },
        { "duplicate ids and two h1 and mains", Head + """<h2 id="x"></h2><h2 id="x"></h2><h1>again</h1></main><main></main>""" },
        { "no lang, no title, no description", """<!doctype html><html><head></head><body><main><h1>x</h1></main></body></html>""" },
        { "blank description, whitespace-only title and lang", """<html lang=" "><head><title>   </title><meta name="description" content="  "></head><body><main><h1>x</h1></main>""" },
        { "title collapsed, second title ignored", "<html lang=\"en\"><head><title>\n  A   long\n\ttitle </title><title>second</title><meta name=description content=x></head><main><h1>x</h1></main>" },
        { "hreflang alternates and absolute links", Head + """<link rel="alternate" hreflang="zh-TW" href="https://example.org/zh-tw/"><link rel="alternate" hreflang="x-default"><a href="https://data.gov.tw/license">ext</a><a href="mailto:a@b.c">m</a><a href="//cdn.example.org/x.js">c</a></main>""" },
        { "tags cut off at the end of the page", Head + """<a href="ok/">o</a><a href="cut/""" },
        { "an unclosed comment", Head + """<a href="ok/">o</a><!-- <a href="in-comment/">""" },
        { "attributes without spaces and slashes", Head + """<a href="s1/"title="t"id="sp">1</a><img/src="slash.png"/><a/href="slashed/">2</a><br/ ><a href = "spaced/" >3</a></main>""" },
        { "carriage returns and NUL", "<html lang=\"en\"><head><title>a\r\nb\rc</title><meta name=\"description\" content=\"d\"></head><main><h1>x</h1><a href=\"cr\r\nlf/\">1</a><a href=\"nul\0/\">2</a><a>t\0ext</a></main>" },
        { "less-than signs in text", Head + """<p>1 < 2 and 3 <4 </p> <a href="lt/">x</a> </ > </> <a href="after-lt/">y</a></main>""" },
    };

    [Theory]
    [MemberData(nameof(TrickyPages))]
    public void A_tricky_page_reads_as_with_AngleSharp(string name, string html)
    {
        Assert.False(string.IsNullOrEmpty(name));
        AssertSameAsOracle("en/tricky/index.html", html, null);
    }

    [Fact]
    public void Every_page_of_the_seed_site_reads_as_with_AngleSharp()
    {
        var pages = seed.Site.HtmlFiles();
        Assert.True(pages.Count >= 40, $"{pages.Count} pages");
        foreach (var page in pages)
        {
            AssertSameAsOracle(page, seed.Site.Html(page), null);
        }
    }

    [Fact]
    public void Every_page_of_a_site_of_synthetic_plans_reads_as_with_AngleSharp()
    {
        using var site = new TempSite(db => SyntheticPlans.Write(db, 3, new DateOnly(2019, 1, 15)), seed: false) { AsOf = new DateOnly(2019, 1, 15) };
        site.Build();
        var pages = site.HtmlFiles();
        Assert.True(pages.Count > 80, $"{pages.Count} pages");
        var baseUrl = new Uri("https://plans.example.org/");
        foreach (var page in pages)
        {
            AssertSameAsOracle(page, site.Html(page), baseUrl);
        }
    }

    [Theory]
    [InlineData("""<html><head><title>T</title><meta name="description" content="d"></head><main><h1>x</h1></main>""", "the <html> element has no lang attribute")]
    [InlineData("""<html lang="en"><head><meta name="description" content="d"></head><main><h1>x</h1></main>""", "the page has no <title>")]
    [InlineData("""<html lang="en"><head><title>T</title><meta name="description" content=""></head><main><h1>x</h1></main>""", "the page has no meta description")]
    [InlineData("""<html lang="en"><head><title>T</title><meta name="description" content="d"></head><div><h1>x</h1></div>""", "the page has 0 <main> elements instead of one")]
    [InlineData("""<html lang="en"><head><title>T</title><meta name="description" content="d"></head><main><h1>x</h1></main><main></main>""", "the page has 2 <main> elements instead of one")]
    [InlineData("""<html lang="en"><head><title>T</title><meta name="description" content="d"></head><main><h2>x</h2><!-- <h1>y</h1> --></main>""", "the page has 0 <h1> elements instead of exactly one")]
    [InlineData("""<html lang="en"><head><title>T</title><meta name="description" content="d"></head><main><h1>x</h1><svg><title>s</title></svg><h1>y</h1></main>""", "the page has 2 <h1> elements instead of exactly one")]
    [InlineData("""<html lang="en"><head><title>T</title><meta name="description" content="d"></head><main><h1 id="a">x</h1><p id="a"></p></main>""", "the id is used twice")]
    [InlineData("""<html lang="en"><head><title>T</title><meta name="description" content="d"></head><main><h1>x</h1><a>go &amp; see</a></main>""", "a link has no href")]
    public void Each_page_check_finds_its_problem_and_only_it(string html, string problem)
    {
        var problems = new ConcurrentBag<SiteProblem>();
        PageFactsReader.Read("en/x/index.html", html, null, problems);
        Assert.Equal(problem, Assert.Single(problems).Problem);
    }

    [Fact]
    public void A_well_formed_page_has_no_problems_and_its_facts()
    {
        var problems = new ConcurrentBag<SiteProblem>();
        var facts = PageFactsReader.Read(
            "en/x/index.html",
            Head + """<a href="../y/#top">y</a><a href="#h">h</a><h2 id="h">&amp;</h2><link rel="alternate" hreflang="en" href="/en/x/"><a href="https://data.gov.tw/">z</a></main>""",
            null,
            problems);
        Assert.Empty(problems);
        Assert.Equal("T", facts.Title);
        Assert.Equal(["h"], facts.Ids);
        Assert.Equal(["../y/#top", "#h"], facts.Links);
        Assert.Equal("/en/x/", facts.Alternates["en"]);
    }

    private static void AssertSameAsOracle(string file, string html, Uri? baseUrl)
    {
        var expectedProblems = new ConcurrentBag<SiteProblem>();
        var expected = AngleSharpPageFactsReader.Read(file, html, baseUrl, expectedProblems);
        var actualProblems = new ConcurrentBag<SiteProblem>();
        var actual = PageFactsReader.Read(file, html, baseUrl, actualProblems);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Ids.Order(StringComparer.Ordinal), actual.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Links, actual.Links);
        Assert.Equal(expected.Alternates.OrderBy(a => a.Key, StringComparer.Ordinal), actual.Alternates.OrderBy(a => a.Key, StringComparer.Ordinal));
        Assert.Equal(Sorted(expectedProblems), Sorted(actualProblems));
    }

    private static List<SiteProblem> Sorted(IEnumerable<SiteProblem> problems) =>
        problems.OrderBy(p => p.Problem, StringComparer.Ordinal).ThenBy(p => p.Link, StringComparer.Ordinal).ToList();
}
