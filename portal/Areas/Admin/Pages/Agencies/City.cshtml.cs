using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Core.Agencies;
using PerformancePlan.Portal.Areas.Admin.Forms;

namespace PerformancePlan.Portal.Areas.Admin.Pages.Agencies;

/// <summary>The city's name in both languages, a site-wide setting: administrators only.</summary>
public sealed class CityModel(CityNameStore city) : AdminPageModel
{
    [BindProperty]
    public CityInput Input { get; set; } = new();

    public void OnGet()
    {
        var name = city.Read();
        Input = new() { CityNameZh = name.Zh, CityNameEn = name.En };
    }

    public IActionResult OnPost() =>
        Save(
            () => new Bilingual(Input.CityNameZh ?? string.Empty, Input.CityNameEn ?? string.Empty),
            name => city.Save(name, Change()),
            () => RedirectDoneTo("Index", "saved"),
            name => new Dictionary<string, string?> { ["city_name_zh"] = name.Zh, ["city_name_en"] = name.En });

    public sealed class CityInput
    {
        [StringLength(100)]
        public string? CityNameZh { get; set; }

        [StringLength(100)]
        public string? CityNameEn { get; set; }
    }
}
