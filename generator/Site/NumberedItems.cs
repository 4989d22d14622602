using System.Text.RegularExpressions;

namespace PerformancePlan.Generator.Site;

/// <summary>Splits "(一)推動… (二)接待…" or "(1) Promote… (2) Receive…" into its numbered items, markers kept.</summary>
public static partial class NumberedItems
{
    public static IReadOnlyList<string> Split(string text)
    {
        var starts = Marker().Matches(text).Select(m => m.Index).ToList();
        if (starts.Count < 2 || text[..starts[0]].Trim().Length > 0)
        {
            return [text];
        }

        return starts.Select((start, i) => text[start..(i + 1 < starts.Count ? starts[i + 1] : text.Length)].Trim()).ToList();
    }

    [GeneratedRegex(@"[(（](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[)）]")]
    private static partial Regex Marker();
}
