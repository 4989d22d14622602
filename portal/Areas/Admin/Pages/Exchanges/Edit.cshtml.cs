using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Exchanges;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Exchanges;

/// <summary>Creates an exchange entry (no id) or edits one (<c>?id=</c>).</summary>
public sealed class EditModel(ExchangeStore exchanges) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public long Id { get; set; }

    [BindProperty]
    public ExchangeInput Input { get; set; } = new();

    public IReadOnlyList<string> IndicatorCodes { get; private set; } = [];

    public IActionResult OnGet()
    {
        var snapshot = LoadPlan();
        IndicatorCodes = snapshot.Plan.Indicators.Select(i => i.Code).ToList();
        if (Id == 0)
        {
            Input = new() { Date = FormValues.Date(Today) };
            return Page();
        }

        var entry = snapshot.Exchanges.FirstOrDefault(e => e.Id == Id);
        if (entry is null)
        {
            return NotFound();
        }

        Input = ExchangeInput.Of(entry);
        return Page();
    }

    public IActionResult OnPost()
    {
        var snapshot = LoadPlan();
        IndicatorCodes = snapshot.Plan.Indicators.Select(i => i.Code).ToList();
        if (Id != 0 && snapshot.Exchanges.All(e => e.Id != Id))
        {
            return NotFound();
        }

        return Save(
            Read,
            entry =>
            {
                if (Id == 0)
                {
                    exchanges.Create(entry, Change());
                }
                else
                {
                    exchanges.Update(entry, Change());
                }
            },
            () => RedirectDoneTo("Index", Id == 0 ? "created" : "saved"),
            entry => entry.AuditFields(),
            current => Input.Version = current?.Version ?? Input.Version);
    }

    private Exchange? Read()
    {
        var date = ReadDate(Input.Date);
        var size = ReadInt(Input.DelegationSize, required: false);
        if (!ExchangeKinds.TryParse(Input.Kind, out var kind))
        {
            Required("Input.Kind");
        }

        return date is null || !ModelState.IsValid ? null : new Exchange
        {
            Id = Id,
            PlanId = CurrentPlan!.Id,
            Date = date.Value,
            Kind = kind,
            PartnerCity = new Bilingual(Input.PartnerCityZh ?? string.Empty, Input.PartnerCityEn ?? string.Empty),
            Country = new Bilingual(Input.CountryZh ?? string.Empty, Input.CountryEn ?? string.Empty),
            DelegationSize = size,
            Summary = new Bilingual(Input.SummaryZh ?? string.Empty, Input.SummaryEn ?? string.Empty),
            IndicatorCode = Input.IndicatorCode,
            SourceUrl = Input.SourceUrl,
            Version = Input.Version,
        };
    }

    public sealed class ExchangeInput
    {
        public string? Date { get; set; }

        public string? Kind { get; set; }

        [StringLength(ExchangeRules.MaxPlaceLength)]
        public string? PartnerCityZh { get; set; }

        [StringLength(ExchangeRules.MaxPlaceLength)]
        public string? PartnerCityEn { get; set; }

        [StringLength(ExchangeRules.MaxPlaceLength)]
        public string? CountryZh { get; set; }

        [StringLength(ExchangeRules.MaxPlaceLength)]
        public string? CountryEn { get; set; }

        public string? DelegationSize { get; set; }

        [StringLength(ExchangeRules.MaxSummaryLength)]
        public string? SummaryZh { get; set; }

        [StringLength(ExchangeRules.MaxSummaryLength)]
        public string? SummaryEn { get; set; }

        public string? IndicatorCode { get; set; }

        [StringLength(ExchangeRules.MaxSourceUrlLength)]
        public string? SourceUrl { get; set; }

        public long Version { get; set; }

        public static ExchangeInput Of(Exchange e)
        {
            var fields = e.AuditFields();
            return new()
            {
                Date = fields["date"],
                Kind = fields["kind"],
                PartnerCityZh = fields["partner_city_zh"],
                PartnerCityEn = fields["partner_city_en"],
                CountryZh = fields["country_zh"],
                CountryEn = fields["country_en"],
                DelegationSize = fields["delegation_size"],
                SummaryZh = fields["summary_zh"],
                SummaryEn = fields["summary_en"],
                IndicatorCode = fields["indicator_code"],
                SourceUrl = fields["source_url"],
                Version = e.Version,
            };
        }
    }
}
