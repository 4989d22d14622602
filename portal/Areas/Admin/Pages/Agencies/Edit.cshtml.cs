using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Agencies;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Agencies;

/// <summary>Adds an agency (no code) or edits one (<c>?code=</c>): its names and sort order; its code never changes.</summary>
public sealed class EditModel(AgencyStore agencies) : AdminPageModel
{
    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    [BindProperty]
    public AgencyInput Input { get; set; } = new();

    public bool IsNew => string.IsNullOrEmpty(Code);

    public IActionResult OnGet()
    {
        if (IsNew)
        {
            var all = agencies.List();
            Input.SortOrder = (all.Count == 0 ? 10 : all.Max(a => a.SortOrder) + 10).ToString(CultureInfo.InvariantCulture);
            return Page();
        }

        var agency = agencies.Find(Code!);
        if (agency is null)
        {
            return NotFound();
        }

        Input = AgencyInput.Of(agency);
        return Page();
    }

    public IActionResult OnPost()
    {
        if (!IsNew && agencies.Find(Code!) is null)
        {
            return NotFound();
        }

        return Save(
            Read,
            agency =>
            {
                if (IsNew)
                {
                    agencies.Create(agency.Code, agency.Name, agency.SortOrder, Change());
                }
                else
                {
                    agencies.Update(agency.Code, agency.Name, agency.SortOrder, agency.Version, Change());
                }
            },
            () => RedirectDoneTo("Index", IsNew ? "created" : "saved"),
            AgencyStore.AuditFields,
            current => Input.Version = current?.Version ?? Input.Version);
    }

    private Agency? Read()
    {
        var sortOrder = ReadInt(Input.SortOrder);
        return sortOrder is null ? null : new Agency
        {
            Code = IsNew ? (Input.Code ?? string.Empty).Trim() : Code!,
            Name = new Bilingual(Input.NameZh ?? string.Empty, Input.NameEn ?? string.Empty),
            SortOrder = sortOrder.Value,
            Version = Input.Version,
        };
    }

    public sealed class AgencyInput
    {
        [StringLength(Agency.MaxCodeLength)]
        public string? Code { get; set; }

        [StringLength(200)]
        public string? NameZh { get; set; }

        [StringLength(200)]
        public string? NameEn { get; set; }

        public string? SortOrder { get; set; }

        public long Version { get; set; }

        public static AgencyInput Of(Agency agency)
        {
            var fields = AgencyStore.AuditFields(agency);
            return new()
            {
                Code = agency.Code,
                NameZh = fields["name_zh"],
                NameEn = fields["name_en"],
                SortOrder = fields["sort_order"],
                Version = agency.Version,
            };
        }
    }
}
