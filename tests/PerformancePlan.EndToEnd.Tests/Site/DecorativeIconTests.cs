using PerformancePlan.Core;
using PerformancePlan.EndToEnd.Tests.Harness;

namespace PerformancePlan.EndToEnd.Tests.Site;

/// <summary>
/// The decorative icons (status, CSV download, feed, language switch, sample-data notice) are drawn by
/// the stylesheet and the brand mark is a cached image: each icon is shown, in the colour of the words
/// beside it (forced colours included), and adds nothing to what assistive technology reads.
/// </summary>
[Collection(Collections.SitePages)]
public sealed class DecorativeIconTests(PublishedSiteFixture site)
{
    /// <summary>The elements that draw an icon before their words, by the page that shows them.</summary>
    private static readonly (Func<Language, string> Path, string[] Selectors)[] Icons =
    [
        (l => PublicPages.Goal(l, 1), [".status", ".csv-link a", ".lang-switch", ".sample-notice .wrap"]),
        (PublicPages.Exchanges, [".feed-link"]),
    ];

    /// <summary>
    /// For each element: what its ::before draws, in which colour beside the element's text colour,
    /// and where on the page (the first flex item: at the start of the content box, centred or at
    /// its top margin as the element aligns its items).
    /// </summary>
    private const string DrawnIcons =
        """
        selector => [...document.querySelectorAll(selector)].map(e => {
          const style = getComputedStyle(e), icon = getComputedStyle(e, '::before');
          const box = e.getBoundingClientRect(), px = v => parseFloat(v) || 0;
          const width = px(icon.width), height = px(icon.height);
          const top = box.top + px(style.borderTopWidth) + px(style.paddingTop);
          const inner = box.height - px(style.borderTopWidth) - px(style.paddingTop) - px(style.borderBottomWidth) - px(style.paddingBottom);
          return {
            content: icon.content,
            mask: icon.maskImage,
            width, height,
            paint: icon.backgroundColor,
            text: style.color,
            x: box.left + scrollX + px(style.borderLeftWidth) + px(style.paddingLeft) + px(icon.marginLeft),
            y: scrollY + (style.alignItems === 'center' ? top + (inner - height) / 2 : top + px(icon.marginTop)),
          };
        })
        """;

    /// <summary>The share of a PNG's pixels that stand out from its top-left pixel (the background behind the icon).</summary>
    private const string InkShare =
        """
        async png => {
          const image = new Image();
          image.src = 'data:image/png;base64,' + png;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width; canvas.height = image.height;
          const context = canvas.getContext('2d');
          context.drawImage(image, 0, 0);
          const d = context.getImageData(0, 0, image.width, image.height).data;
          let ink = 0;
          for (let i = 0; i < d.length; i += 4) {
            if (Math.abs(d[i] - d[0]) + Math.abs(d[i + 1] - d[1]) + Math.abs(d[i + 2] - d[2]) > 150) ink++;
          }
          return ink / (d.length / 4);
        }
        """;

    [Theory]
    [InlineData("zh-tw", false)]
    [InlineData("en", false)]
    [InlineData("zh-tw", true)]
    [InlineData("en", true)]
    public async Task Each_icon_is_drawn_by_the_stylesheet_in_the_colour_of_its_words(string segment, bool forcedColors)
    {
        var language = PublicPages.Parse(segment);
        await using var session = await site.OpenSessionAsync(o => o.ForcedColors = forcedColors ? ForcedColors.Active : ForcedColors.None);
        foreach (var (path, selectors) in Icons)
        {
            await session.GotoAsync(path(language));
            foreach (var selector in selectors)
            {
                var icons = await session.Page.EvaluateAsync<DrawnIcon[]>(DrawnIcons, selector);
                Assert.True(icons.Length > 0, $"{session.CurrentPath}: no {selector}");
                Assert.All(icons, icon =>
                {
                    var where = $"{session.CurrentPath} {selector} (forced colours: {forcedColors})";
                    Assert.Equal("\"\"", icon.Content);
                    Assert.StartsWith("url(\"data:image/svg+xml,", icon.Mask, StringComparison.Ordinal);
                    Assert.InRange(icon.Width, 16, 20);
                    Assert.Equal(icon.Width, icon.Height);
                    Assert.True(icon.Paint == icon.Text, $"{where}: the icon is painted {icon.Paint}, its words {icon.Text}");
                    Assert.NotEqual("rgba(0, 0, 0, 0)", icon.Paint);
                });

                // What a visitor sees: the icon's box shows its strokes against the background.
                foreach (var icon in icons.Take(3))
                {
                    var png = await session.Page.ScreenshotAsync(new() { FullPage = true, Clip = new() { X = (float)icon.X, Y = (float)icon.Y, Width = (float)icon.Width, Height = (float)icon.Height } });
                    var ink = await session.Page.EvaluateAsync<double>(InkShare, Convert.ToBase64String(png));
                    Assert.True(ink > 0.08, $"{session.CurrentPath} {selector} (forced colours: {forcedColors}): the icon shows {ink:P0} ink, it is not visible");
                }
            }
        }
    }

    [Theory]
    [InlineData("zh-tw")]
    [InlineData("en")]
    public async Task Icons_add_nothing_to_what_assistive_technology_reads(string segment)
    {
        var language = PublicPages.Parse(segment);
        await using var session = await site.OpenSessionAsync();
        await session.GotoAsync(PublicPages.Goal(language, 1));
        var page = session.Page;

        // A link's accessible name is its words alone: the icon drawn before them contributes nothing.
        foreach (var link in new[] { page.Locator(".lang-switch"), page.Locator(".csv-link a").First })
        {
            var words = string.Join(' ', (await link.InnerTextAsync()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            await Assertions.Expect(link).ToHaveAccessibleNameAsync(words);
        }

        // A status badge reads as its word alone.
        var status = page.Locator("main .status").First;
        Assert.Equal($"- text: {(await status.TextContentAsync())!.Trim()}", (await status.AriaSnapshotAsync()).Trim());

        // The brand mark is an image with empty alternative text: no image in the header's accessibility tree.
        var mark = page.Locator(".site-header img.brand__mark");
        Assert.Equal("", await mark.GetAttributeAsync("alt"));
        Assert.True(await mark.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the brand mark did not load");
        Assert.Equal(0, await page.Locator(".site-header").GetByRole(AriaRole.Img).CountAsync());
    }

    /// <summary>What <see cref="DrawnIcons"/> reports of one element (set by Playwright from the script's result).</summary>
    private sealed class DrawnIcon
    {
        public string Content { get; set; } = "";

        public string Mask { get; set; } = "";

        public double Width { get; set; }

        public double Height { get; set; }

        public string Paint { get; set; } = "";

        public string Text { get; set; } = "";

        public double X { get; set; }

        public double Y { get; set; }
    }
}
