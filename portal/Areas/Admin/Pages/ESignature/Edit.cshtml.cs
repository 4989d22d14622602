using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.ESignature;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.ESignature;

/// <summary>The four counts of one month; the ratio is computed, and a zero denominator is refused.</summary>
public sealed class EditModel : AdminPageModel
{
    private static readonly string[] Counts = ["online_signed", "electronic_received", "paper_signed_online", "self_drafted"];

    [BindProperty(SupportsGet = true, Name = "month")]
    public string? MonthKey { get; set; }

    public bool IsNew { get; private set; }

    public Dictionary<string, string?> Values { get; private set; } = [];

    public decimal? Ratio { get; private set; }

    public IActionResult OnGet()
    {
        var months = LoadPlan().ESignatureMonths;
        var month = months.FirstOrDefault(m => m.MonthKey == MonthKey);
        IsNew = month is null;
        if (month is null)
        {
            Values["month"] = MonthKey;
            Values["version"] = "0";
            return Page();
        }

        Values = Fields(month);
        Values["version"] = month.Version.ToString(CultureInfo.InvariantCulture);
        Ratio = month.RatioPercent;
        return Page();
    }

    public IActionResult OnPost()
    {
        RequirePlan();
        Values = ReadForm(Counts.Append("month").Append("version"));

        IsNew = Values["version"] == "0";
        var counts = Counts.Select(c => FormValues.Int(Errors, c, Values[c], Label(c), T)).ToList();
        DateOnly monthStart = default;
        if (!DateOnly.TryParseExact(Values["month"]?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out monthStart))
        {
            Errors.Add("month", Format(T.MustBeMonth, Label("month")));
        }

        if (Errors.Any)
        {
            return Page();
        }

        var month = new ESignatureMonth
        {
            PlanId = CurrentPlan!.Id,
            Month = monthStart,
            OnlineSigned = counts[0]!.Value,
            ElectronicReceived = counts[1]!.Value,
            PaperSignedOnline = counts[2]!.Value,
            SelfDrafted = counts[3]!.Value,
        };
        Ratio = month.RatioPercent;
        try
        {
            new ESignatureStore(Database).Save(month, FormValues.Version(Values["version"]), Change());
            return RedirectDoneTo("Index", "saved");
        }
        catch (ValidationException ex)
        {
            Errors.Add(ex.Errors, Lang);
        }
        catch (ConcurrencyConflictException ex)
        {
            var current = ex.Current as ESignatureMonth;
            ShowConflict(ex, current is null ? null : Fields(current), Fields(month));
            Values["version"] = (current?.Version ?? 0).ToString(CultureInfo.InvariantCulture);
        }

        return Page();
    }

    private static Dictionary<string, string?> Fields(ESignatureMonth m) => new()
    {
        ["month"] = m.MonthKey,
        ["online_signed"] = m.OnlineSigned.ToString(CultureInfo.InvariantCulture),
        ["electronic_received"] = m.ElectronicReceived.ToString(CultureInfo.InvariantCulture),
        ["paper_signed_online"] = m.PaperSignedOnline.ToString(CultureInfo.InvariantCulture),
        ["self_drafted"] = m.SelfDrafted.ToString(CultureInfo.InvariantCulture),
    };
}
