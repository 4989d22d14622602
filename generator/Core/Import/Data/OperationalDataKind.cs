namespace PerformancePlan.Core.Import.Data;

/// <summary>The operational data files an editor keeps in a spreadsheet and imports.</summary>
public enum OperationalDataKind
{
    Actuals,
    Exchanges,
    ESignature,
}

/// <summary>Text layout of an imported file: a CSV file, tab-separated rows pasted from a spreadsheet, or either (guessed from the first line).</summary>
public enum DataFormat
{
    Auto,
    Csv,
    Tsv,
}

public static class OperationalDataKinds
{
    public static IReadOnlyList<string> Columns(this OperationalDataKind kind) => kind switch
    {
        OperationalDataKind.Actuals => ["indicator_code", "period", "value", "note_zh", "note_en", "source", "reported_on"],
        OperationalDataKind.Exchanges => ["date", "kind", "partner_city_zh", "partner_city_en", "country_zh", "country_en", "delegation_size", "summary_zh", "summary_en", "indicator_code", "source_url"],
        OperationalDataKind.ESignature => ["month", "online_signed", "electronic_received", "paper_signed_online", "self_drafted", "reported_on"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The columns a row must fill; the others may be left empty or left out.</summary>
    public static IReadOnlyList<string> RequiredColumns(this OperationalDataKind kind) => kind switch
    {
        OperationalDataKind.Actuals => ["indicator_code", "period", "value", "reported_on"],
        OperationalDataKind.Exchanges => ["date", "kind", "country_zh", "summary_zh"],
        OperationalDataKind.ESignature => ["month", "online_signed", "electronic_received", "paper_signed_online", "self_drafted"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The code used on the command line and in file names: actuals, exchanges, esignature.</summary>
    public static string Code(this OperationalDataKind kind) => kind switch
    {
        OperationalDataKind.Actuals => "actuals",
        OperationalDataKind.Exchanges => "exchanges",
        OperationalDataKind.ESignature => "esignature",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string? text, out OperationalDataKind kind)
    {
        foreach (var k in Enum.GetValues<OperationalDataKind>())
        {
            if (string.Equals(text?.Trim(), k.Code(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text?.Trim(), k.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The kind whose columns the header names: the one it shares the most columns with (all of its required ones).</summary>
    public static OperationalDataKind? Detect(IReadOnlyList<string> header)
    {
        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return Enum.GetValues<OperationalDataKind>()
            .Where(k => k.RequiredColumns().All(names.Contains))
            .OrderByDescending(k => k.Columns().Count(names.Contains))
            .Select(k => (OperationalDataKind?)k)
            .FirstOrDefault();
    }
}
