using System.Text.RegularExpressions;

namespace PerformancePlan.Core.Agencies;

/// <summary>A first-level agency of the city (秘書處, 民政局…): it writes one plan every fiscal year.</summary>
public sealed partial record Agency
{
    public long Id { get; init; }

    /// <summary>Names the agency in URLs and on the command line: <c>secretariat</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The agency's name without the city's: 秘書處 / Secretariat.</summary>
    public required Bilingual Name { get; init; }

    /// <summary>Where the agency stands in lists (the city's own order, not the alphabet).</summary>
    public int SortOrder { get; init; }

    public long Version { get; init; }

    public const int MaxCodeLength = 40;

    public static bool IsValidCode(string? code) =>
        !string.IsNullOrEmpty(code) && code.Length <= MaxCodeLength && CodePattern().IsMatch(code);

    /// <summary>The errors of an agency's code, names and sort order (none when it may be saved).</summary>
    public static List<FieldError> Check(string code, Bilingual name, int sortOrder)
    {
        var errors = new List<FieldError>();
        if (!IsValidCode(code))
        {
            errors.Add(new FieldError("code", new(
                $"機關代碼「{code}」只能使用小寫英文字母、數字與連字號，且不超過 {MaxCodeLength} 字",
                $"the agency code '{code}' may hold only lower-case letters, digits and hyphens, at most {MaxCodeLength} characters (e.g. secretariat)")));
        }

        TextRules.Required(errors, "name_zh", name.Zh, 200);
        TextRules.Optional(errors, "name_en", name.En, 200);
        if (sortOrder is < 0 or > 1_000_000)
        {
            errors.Add(new FieldError("sort_order", new("排序須介於 0 與 1000000 之間", "the sort order must be between 0 and 1000000")));
        }

        return errors;
    }

    /// <summary>
    /// The error of deleting an agency that still has plans (none when it may be deleted): an agency
    /// goes only when no plan belongs to it, so no published plan loses its agency.
    /// </summary>
    public static List<FieldError> CheckDeletion(string code, IReadOnlyList<string> planSlugs)
    {
        var errors = new List<FieldError>();
        if (planSlugs.Count > 0)
        {
            var count = planSlugs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            errors.Add(new FieldError("plans", new(
                $"機關「{code}」尚有 {count} 份計畫（{string.Join("、", planSlugs)}），不能刪除；只有沒有計畫的機關可以刪除",
                $"the agency '{code}' has {(planSlugs.Count == 1 ? "1 plan" : count + " plans")} ({string.Join(", ", planSlugs)}) and cannot be deleted; only an agency without plans can be")));
        }

        return errors;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
