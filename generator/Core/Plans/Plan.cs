namespace PerformancePlan.Core.Plans;

/// <summary>One agency's performance plan (施政計畫) for one fiscal year, with everything published about it.</summary>
public sealed record Plan
{
    public long Id { get; init; }

    /// <summary>Names the plan in URLs, e.g. <c>107-secretariat</c>.</summary>
    public required string Slug { get; init; }

    public required Bilingual Agency { get; init; }

    /// <summary>The code of the agency the plan belongs to (<c>secretariat</c>); empty before the plan is stored, when
    /// the importer matches the agency by its name.</summary>
    public string AgencyCode { get; init; } = string.Empty;

    /// <summary>Where the plan's agency stands in the city's lists of agencies.</summary>
    public int AgencySortOrder { get; init; }

    /// <summary>The city the agency belongs to (a setting): 桃園市政府 / Taoyuan City Government.</summary>
    public Bilingual City { get; init; } = Bilingual.Empty;

    /// <summary>
    /// The agency named with its city, as plans are titled: "桃園市政府秘書處" / "Secretariat, Taoyuan City Government";
    /// a name that already carries the city is left as it is.
    /// </summary>
    public Bilingual AgencyWithCity => new(
        City.Zh.Length == 0 || Agency.Zh.StartsWith(City.Zh, StringComparison.Ordinal) ? Agency.Zh : City.Zh + Agency.Zh,
        Agency.HasEnglish && City.HasEnglish && !Agency.En.EndsWith(City.En, StringComparison.Ordinal) ? $"{Agency.En}, {City.En}" : Agency.En);

    /// <summary>Fiscal year in the ROC calendar (民國): 107 is 2018.</summary>
    public required int RocYear { get; init; }

    public int AdYear => FiscalYear.ToAd(RocYear);

    public required Bilingual Vision { get; init; }

    public IReadOnlyList<PlanTask> Tasks { get; init; } = [];

    public IReadOnlyList<StrategicGoal> Goals { get; init; } = [];

    /// <summary>True when the operational figures are illustrative; the site says so on every page.</summary>
    public bool IsSample { get; init; }

    /// <summary>Days after a period ends by which its actuals are due; later, the indicator is overdue.</summary>
    public int DueDays { get; init; } = DefaultDueDays;

    public const int DefaultDueDays = 30;

    public long Version { get; init; }

    public IEnumerable<Indicator> Indicators => Goals.SelectMany(g => g.Indicators);
}

/// <summary>A numbered task under 二、任務: (一), (二)…</summary>
public sealed record PlanTask(int Ordinal, Bilingual Text);
