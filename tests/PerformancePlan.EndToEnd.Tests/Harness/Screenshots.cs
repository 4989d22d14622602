
namespace PerformancePlan.EndToEnd.Tests.Harness;

/// <summary>Full-page screenshots at desktop and phone widths, kept as artifacts (never compared pixel by pixel).</summary>
public static class Screenshots
{
    public static readonly int[] Widths = [BrowserSession.DesktopWidth, BrowserSession.PhoneWidth];

    /// <summary>Saves <c>screenshots/&lt;name&gt;-&lt;width&gt;.png</c> for each width and returns the files written.</summary>
    public static async Task<IReadOnlyList<string>> SaveAsync(IPage page, string name)
    {
        var original = page.ViewportSize;
        var written = new List<string>();
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            var file = Path.Combine(Artifacts.Screenshots, $"{Sanitise(name)}-{width}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Animations = ScreenshotAnimations.Disabled });
            written.Add(file);
        }

        if (original is not null)
        {
            await page.SetViewportSizeAsync(original.Width, original.Height);
        }

        return written;
    }

    private static string Sanitise(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}
