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

            using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            text = await reader.ReadToEndAsync();
            format = DataFormat.Csv;
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
            RowErrors = ex.Errors.Select(e => e.Describe(Lang)).ToList();
            AddError(file is { Length: > 0 } ? "Input.File" : "Input.Rows", Format(T.ImportFailed, ex.Errors.Count));
        }

        return Page();
    }

    public sealed class ImportInput
    {
        public IFormFile? File { get; set; }

        public string? Rows { get; set; }
    }
}
