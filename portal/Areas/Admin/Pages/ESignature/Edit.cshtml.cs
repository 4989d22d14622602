using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core.ESignature;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.ESignature;

/// <summary>The four counts of one month; the ratio is computed, and a zero denominator is refused.</summary>
public sealed class EditModel(ESignatureStore months) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "month")]
    public string? MonthKey { get; set; }

    [BindProperty]
    public MonthInput Input { get; set; } = new();

    public bool IsNew => Input.Version == 0;

    public decimal? Ratio { get; private set; }

    public IActionResult OnGet()
    {
        var month = LoadPlan().ESignatureMonths.FirstOrDefault(m => m.MonthKey == MonthKey);
        Input = month is null ? new() { Month = MonthKey } : MonthInput.Of(month);
        Ratio = month?.RatioPercent;
        return Page();
    }

    public IActionResult OnPost()
    {
        RequirePlan();
        return Save(
            Read,
            month => months.Save(month, Input.Version, Change()),
            () => RedirectDoneTo("Index", "saved"),
            month => MonthInput.Of(month).Fields(),
            current => Input.Version = current?.Version ?? 0);
    }

    private ESignatureMonth? Read()
    {
        var counts = new[]
        {
            ReadInt(Input.OnlineSigned), ReadInt(Input.ElectronicReceived), ReadInt(Input.PaperSignedOnline), ReadInt(Input.SelfDrafted),
        };
        if (!DateOnly.TryParseExact(Input.Month?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var monthStart))
        {
            AddError("Input.Month", Format(T.MustBeMonth, Label("month")));
        }

        if (!ModelState.IsValid)
        {
            return null;
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
        return month;
    }

    public sealed class MonthInput
    {
        public string? Month { get; set; }

        public string? OnlineSigned { get; set; }

        public string? ElectronicReceived { get; set; }

        public string? PaperSignedOnline { get; set; }

        public string? SelfDrafted { get; set; }

        public long Version { get; set; }

        public static MonthInput Of(ESignatureMonth m) => new()
        {
            Month = m.MonthKey,
            OnlineSigned = m.OnlineSigned.ToString(CultureInfo.InvariantCulture),
            ElectronicReceived = m.ElectronicReceived.ToString(CultureInfo.InvariantCulture),
            PaperSignedOnline = m.PaperSignedOnline.ToString(CultureInfo.InvariantCulture),
            SelfDrafted = m.SelfDrafted.ToString(CultureInfo.InvariantCulture),
            Version = m.Version,
        };

        public Dictionary<string, string?> Fields() => new()
        {
            ["month"] = Month,
            ["online_signed"] = OnlineSigned,
            ["electronic_received"] = ElectronicReceived,
            ["paper_signed_online"] = PaperSignedOnline,
            ["self_drafted"] = SelfDrafted,
        };
    }
}
