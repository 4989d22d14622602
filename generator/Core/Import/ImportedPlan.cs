using PerformancePlan.Core.Budget;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Import;

/// <summary>A plan read from its document: the plan with goals and indicators, and its budget lines.</summary>
public sealed record ImportedPlan(Plan Plan, IReadOnlyList<BudgetLine> BudgetLines, bool HasTranslation)
{
    public decimal BudgetTotal => BudgetFigures.Total(BudgetLines);
}
