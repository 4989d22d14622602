using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Import.Data;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Exchanges;

/// <summary>
/// Imports exchange entries from an uploaded CSV file or rows pasted from a spreadsheet, with the
/// importer's checks: every row is validated, and one bad row means nothing is written.
/// </summary>
public sealed class ImportModel : AdminPageModel
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;

    [BindProperty(Name = "rows")]
    public string? Rows { get; set; }

    public IReadOnlyList<string> RowErrors { get; private set; } = [];

    public CsvImportSummary? Summary { get; private set; }

    public IReadOnlyList<string> Columns => OperationalDataKind.Exchanges.Columns();

    public void OnGet() => ChoosePlan();

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (!ChoosePlan())
        {
            return NotFound();
        }

        string text;
        var format = DataFormat.Auto;
        if (file is { Length: > 0 })
        {
            if (file.Length > MaxUploadBytes)
            {
                Errors.Add("file", T.FileTooLarge);
                return Page();
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            format = DataFormat.Csv;
            try
            {
                text = CsvImport.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), file.FileName);
            }
            catch (CsvImportException ex)
            {
                return Refused(ex, "file");
            }
        }
        else if (!string.IsNullOrWhiteSpace(Rows))
        {
            text = Rows;
        }
        else
        {
            Errors.Add("file", T.ImportNothing);
            return Page();
        }

        try
        {
            Summary = new CsvImport(Database).ImportText(CurrentPlan!.Slug, text, OperationalDataKind.Exchanges, format, Change());
            Rows = null;
        }
        catch (CsvImportException ex)
        {
            return Refused(ex, file is { Length: > 0 } ? "file" : "rows");
        }

        return Page();
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Refused(CsvImportException ex, string field)
    {
        RowErrors = ex.Errors.Select(e => e.Describe(Lang)).ToList();
        Errors.Add(field, Format(T.ImportFailed, ex.Errors.Count));
        return Page();
    }
}
