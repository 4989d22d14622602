using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Exchanges;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Exchanges;

/// <summary>Creates an exchange entry (no id) or edits one (<c>?id=</c>).</summary>
public sealed class EditModel : AdminPageModel
{
    public static readonly string[] Names =
        ["date", "kind", "partner_city_zh", "partner_city_en", "country_zh", "country_en", "delegation_size", "summary_zh", "summary_en", "indicator_code", "source_url"];

    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    public Dictionary<string, string?> Values { get; private set; } = [];

    public IReadOnlyList<string> IndicatorCodes { get; private set; } = [];

    public IActionResult OnGet()
    {
        var snapshot = LoadPlan();
        IndicatorCodes = snapshot.Plan.Indicators.Select(i => i.Code).ToList();
        if (Id == 0)
        {
            Values["date"] = DateOnly.FromDateTime(Clock.GetLocalNow().Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Values["version"] = "0";
            return Page();
        }

        var entry = snapshot.Exchanges.FirstOrDefault(e => e.Id == Id);
        if (entry is null)
        {
            return NotFound();
        }

        Values = entry.AuditFields();
        Values["version"] = entry.Version.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public IActionResult OnPost()
    {
        var snapshot = LoadPlan();
        IndicatorCodes = snapshot.Plan.Indicators.Select(i => i.Code).ToList();
        var existing = Id == 0 ? null : snapshot.Exchanges.FirstOrDefault(e => e.Id == Id);
        if (Id != 0 && existing is null)
        {
            return NotFound();
        }

        Values = ReadForm(Names.Append("version"));

        var date = FormValues.Date(Errors, "date", Values["date"], Label("date"), T);
        var size = FormValues.Int(Errors, "delegation_size", Values["delegation_size"], Label("delegation_size"), T, required: false);
        if (!ExchangeKinds.TryParse(Values["kind"], out var kind))
        {
            Errors.Add("kind", Format(T.Required, Label("kind")));
        }

        if (Errors.Any)
        {
            return Page();
        }

        var entry = new Exchange
        {
            Id = Id,
            PlanId = CurrentPlan!.Id,
            Date = date!.Value,
            Kind = kind,
            PartnerCity = new Bilingual(Values["partner_city_zh"]!, Values["partner_city_en"]!),
            Country = new Bilingual(Values["country_zh"]!, Values["country_en"]!),
            DelegationSize = size,
            Summary = new Bilingual(Values["summary_zh"]!, Values["summary_en"]!),
            IndicatorCode = Values["indicator_code"],
            SourceUrl = Values["source_url"],
            Version = FormValues.Version(Values["version"]),
        };
        var store = new ExchangeStore(Database);
        try
        {
            if (Id == 0)
            {
                store.Create(entry, Change());
                return RedirectDoneTo("Index", "created");
            }

            store.Update(entry, Change());
            return RedirectDoneTo("Index", "saved");
        }
        catch (ValidationException ex)
        {
            Errors.Add(ex.Errors, Lang);
        }
        catch (ConcurrencyConflictException ex)
        {
            var current = ex.Current as Exchange;
            ShowConflict(ex, current?.AuditFields(), entry.AuditFields());
            Values["version"] = (current?.Version ?? entry.Version).ToString(CultureInfo.InvariantCulture);
        }

        return Page();
    }
}
