using System.Text;

namespace PerformancePlan.Portal.Areas.Admin.Forms;

/// <summary>
/// One field, two spellings: an input model's property (<c>NoteZh</c>) is Core's field name
/// (<c>note_zh</c>), which validation errors, audit entries and the admin's labels use.
/// </summary>
public static class FieldNames
{
    /// <summary><c>PartnerCityZh</c> → <c>partner_city_zh</c>; <c>Item2Zh</c> → <c>item_2_zh</c>.</summary>
    public static string ToCore(string property)
    {
        var name = new StringBuilder(property.Length + 4);
        for (var i = 0; i < property.Length; i++)
        {
            var c = property[i];
            var startsWord = i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(property[i - 1])) || (!char.IsDigit(c) && char.IsDigit(property[i - 1])));
            if (startsWord)
            {
                name.Append('_');
            }

            name.Append(char.ToLowerInvariant(c));
        }

        return name.ToString();
    }

    /// <summary><c>partner_city_zh</c> → <c>PartnerCityZh</c>.</summary>
    public static string ToProperty(string coreField) =>
        string.Concat(coreField.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
