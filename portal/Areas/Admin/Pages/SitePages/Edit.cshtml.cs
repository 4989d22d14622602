using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.SitePages;
using PerformancePlan.Portal.Areas.Admin.Forms;
using PerformancePlan.Generator.Site;

namespace PerformancePlan.Portal.Areas.Admin.Pages.SitePages;

/// <summary>
/// A static page's Markdown in both languages, with a preview rendered on the server and sanitised
/// (the preview button; the page's script asks the same handler as the editor types).
/// </summary>
public sealed class EditModel(SitePageStore pages, SafeMarkdown markdown) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "key")]
    public string? Key { get; set; }

    [BindProperty(Name = "markdown_zh")]
    public string? MarkdownZh { get; set; }

    [BindProperty(Name = "markdown_en")]
    public string? MarkdownEn { get; set; }

    [BindProperty(Name = "version_zh")]
    public long VersionZh { get; set; }

    [BindProperty(Name = "version_en")]
    public long VersionEn { get; set; }

    public string? PreviewZh { get; private set; }

    public string? PreviewEn { get; private set; }

    public IActionResult OnGet()
    {
        if (!SitePage.IsValidKey(Key))
        {
            return NotFound();
        }

        var page = pages.Find(Key!);
        MarkdownZh = page?.Markdown.Zh;
        MarkdownEn = page?.Markdown.En;
        VersionZh = page?.VersionZh ?? 0;
        VersionEn = page?.VersionEn ?? 0;
        Preview();
        return Page();
    }

    public IActionResult OnPost()
    {
        var page = new SitePage(Key ?? string.Empty, new Bilingual(MarkdownZh ?? string.Empty, MarkdownEn ?? string.Empty), VersionZh, VersionEn);
        try
        {
            pages.Save(page, Change());
            return RedirectDoneTo("Index", "saved");
        }
        catch (ValidationException ex)
        {
            Errors.Add(ex.Errors, Lang);
        }
        catch (ConcurrencyConflictException ex)
        {
            var current = ex.Current as SitePage;
            ShowConflict(ex, current is null ? null : Fields(current), Fields(page));
            VersionZh = current?.VersionZh ?? 0;
            VersionEn = current?.VersionEn ?? 0;
        }

        Preview();
        return Page();
    }

    /// <summary>The no-script preview: re-renders the form with both previews.</summary>
    public IActionResult OnPostPreview()
    {
        Preview();
        return Page();
    }

    /// <summary>The live preview the page's script asks for: one language's sanitised HTML.</summary>
    public IActionResult OnPostRender(string? text) =>
        Content(markdown.ToHtml(text), "text/html; charset=utf-8");

    private void Preview()
    {
        PreviewZh = markdown.ToHtml(MarkdownZh);
        PreviewEn = markdown.ToHtml(MarkdownEn);
    }

    private static Dictionary<string, string?> Fields(SitePage p) => new()
    {
        ["markdown_zh"] = p.Markdown.Zh,
        ["markdown_en"] = p.Markdown.En,
    };

    public string V(long version) => version.ToString(CultureInfo.InvariantCulture);
}
