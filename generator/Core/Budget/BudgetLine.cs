namespace PerformancePlan.Core.Budget;

/// <summary>A line of 肆、年度重要施政計畫與預算配合對照表: a programme's implementation items and their amount.</summary>
public sealed record BudgetLine
{
    public long Id { get; init; }

    public long PlanId { get; init; }

    /// <summary>Order of the line in the table (1-based, across programmes).</summary>
    public required int Ordinal { get; init; }

    /// <summary>Programme number (一、 is 1); it matches the strategic goal of the same number.</summary>
    public required int ProgrammeOrdinal { get; init; }

    public required Bilingual ProgrammeTitle { get; init; }

    public required Bilingual Items { get; init; }

    /// <summary>Amount in NT$ thousand (千元); decimals exist (5,328.75).</summary>
    public required decimal AmountThousandNtd { get; init; }

    public Bilingual Note { get; init; } = Bilingual.Empty;

    public long Version { get; init; }
}

public static class BudgetFigures
{
    public static decimal Total(IEnumerable<BudgetLine> lines) => lines.Sum(l => l.AmountThousandNtd);

    /// <summary>A programme's share of the total in percent, rounded to one decimal; 0 when the total is 0.</summary>
    public static decimal SharePercent(decimal amount, decimal total) =>
        total == 0m ? 0m : Math.Round(amount / total * 100m, 1);
}
