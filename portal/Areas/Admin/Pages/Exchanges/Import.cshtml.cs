using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.Import.Data;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Exchanges;

/// <summary>
/// Imports exchange entries from an uploaded CSV file or rows pasted from a spreadsheet, with the
/// importer's checks: every row is validated, and one bad row means nothing is written.
/// </summary>
public sealed class ImportModel(CsvImport import) : AdminPageModel
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;

    [BindProperty]
    public ImportInput Input { get; set; } = new();

    public IReadOnlyList<string> RowErrors { get; private set; } = [];

    public CsvImportSummary? Summary { get; private set; }

    public IReadOnlyList<string> Columns => OperationalDataKind.Exchanges.Columns();

    public void OnGet() => ChoosePlan();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ChoosePlan())
        {
            return NotFound();
        }

        var file = Input.File;
        string text;
        var format = DataFormat.Auto;
        if (file is { Length: > 0 })
        {
            if (file.Length > MaxUploadBytes)
            {
                AddError("Input.File", T.FileTooLarge);
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
                return Refused(ex, "Input.File");
            }
        }
        else if (!string.IsNullOrWhiteSpace(Input.Rows))
        {
            text = Input.Rows;
        }
        else
        {
            AddError("Input.File", T.ImportNothing);
            return Page();
        }

        try
        {
            Summary = import.ImportText(CurrentPlan!.Slug, text, OperationalDataKind.Exchanges, format, Change());
            Input.Rows = null;
        }
        catch (CsvImportException ex)
        {
            return Refused(ex, file is { Length: > 0 } ? "Input.File" : "Input.Rows");
        }

        return Page();
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Refused(CsvImportException ex, string key)
    {
        RowErrors = ex.Errors.Select(e => e.Describe(Lang)).ToList();
        AddError(key, Format(T.ImportFailed, ex.Errors.Count));
        return Page();
    }

    public sealed class ImportInput
    {
        public IFormFile? File { get; set; }

        public string? Rows { get; set; }
    }
}
