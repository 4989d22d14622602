using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.SitePages;
using PerformancePlan.Generator.Site;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.SitePages;

/// <summary>
/// A static page's Markdown in both languages, with a preview rendered on the server and sanitised
/// (the preview button; the page's script asks the same handler as the editor types).
/// </summary>
public sealed class EditModel(SitePageStore pages, SafeMarkdown markdown) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "key")]
    public string? Key { get; set; }

    [BindProperty]
    public SitePageInput Input { get; set; } = new();

    /// <summary>The id of the page's heading, which names the key: an error about the key points there (it is in the address, not a field).</summary>
    public const string KeyId = "page-key";

    public string? PreviewZh { get; private set; }

    public string? PreviewEn { get; private set; }

    public IActionResult OnGet()
    {
        if (!SitePage.IsValidKey(Key))
        {
            return NotFound();
        }

        var page = pages.Find(Key!);
        if (page is null && ReservedNames.CheckPageKey(Key!) is { } reserved)
        {
            // Said before the editor writes anything: saving would be refused.
            AddErrors([reserved]);
        }

        Input = new()
        {
            MarkdownZh = page?.Markdown.Zh,
            MarkdownEn = page?.Markdown.En,
            VersionZh = page?.VersionZh ?? 0,
            VersionEn = page?.VersionEn ?? 0,
        };
        Preview();
        return Page();
    }

    public IActionResult OnPost()
    {
        Preview();
        return Save(
            () => new SitePage(Key ?? string.Empty, new Bilingual(Input.MarkdownZh ?? string.Empty, Input.MarkdownEn ?? string.Empty), Input.VersionZh, Input.VersionEn),
            page => pages.Save(page, Change()),
            () => RedirectDoneTo("Index", "saved"),
            page => new Dictionary<string, string?> { ["markdown_zh"] = page.Markdown.Zh, ["markdown_en"] = page.Markdown.En },
            current =>
            {
                Input.VersionZh = current?.VersionZh ?? 0;
                Input.VersionEn = current?.VersionEn ?? 0;
            });
    }

    protected override string FieldKey(string coreField) => coreField == "key" ? KeyId : base.FieldKey(coreField);

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
        PreviewZh = markdown.ToHtml(Input.MarkdownZh);
        PreviewEn = markdown.ToHtml(Input.MarkdownEn);
    }

    public sealed class SitePageInput
    {
        public string? MarkdownZh { get; set; }

        public string? MarkdownEn { get; set; }

        public long VersionZh { get; set; }

        public long VersionEn { get; set; }
    }
}
