using PerformancePlan.Core;

namespace PerformancePlan.Portal.Areas.Admin.Forms;

/// <summary>One text of a numbered list (a goal's items, the plan's tasks), in both languages, as typed.</summary>
public sealed class BilingualInput
{
    public string? Zh { get; set; }

    public string? En { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Zh) && string.IsNullOrWhiteSpace(En);

    public Bilingual ToBilingual() => new(Zh ?? string.Empty, En ?? string.Empty);

    public static BilingualInput Of(Bilingual text) => new() { Zh = text.Zh, En = text.En };

    /// <summary>The list as saved (blank entries dropped), then one blank entry for the editor to add a new one.</summary>
    public static List<BilingualInput> WithBlank(IEnumerable<BilingualInput> entries) =>
        [.. entries.Where(e => !e.IsBlank), new BilingualInput()];

    /// <summary>Where Core's error for the <c>prefix_N_zh</c> field of a list is shown (<c>Input.Items[N-1].Zh</c>), or null for another field.</summary>
    public static string? Key(string coreField, string prefix, string property)
    {
        var parts = coreField.Split('_');
        return parts.Length == 3 && parts[0] == prefix && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var n) && parts[2] is "zh" or "en"
            ? $"Input.{property}[{n - 1}].{(parts[2] == "zh" ? "Zh" : "En")}"
            : null;
    }
}
