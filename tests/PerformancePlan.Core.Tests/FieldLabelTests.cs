using PerformancePlan.Core.Budget;
using PerformancePlan.Core.ESignature;
using PerformancePlan.Core.Exchanges;
using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Tests;

/// <summary>Every field a rule can name has its label in <see cref="FieldLabels"/>, the one place labels live.</summary>
public sealed class FieldLabelTests
{
    private static readonly Bilingual Empty = Bilingual.Empty;
    private static readonly Bilingual Bad = new("壞\u0001", "bad\u0001");

    public static TheoryData<string, List<FieldError>> EveryRule() => new()
    {
        { "indicator", new IndicatorEdit(1, Bad, 101m, Bad, Bad, -1m, IndicatorDirection.HigherIsBetter, 0) { UnitEnOne = "x" }.Validate(
            new IndicatorEdit(1, Empty, 0m, Empty, Empty, 5m, IndicatorDirection.HigherIsBetter, 0), reason: null) },
        { "goal", new GoalEdit(1, Bad, -1m, [Bad, Empty], 0).Validate() },
        { "actual", ActualRules.Validate(new Actual { IndicatorId = 1, Period = Period.Quarter(2017, 1), Value = -1m, Note = Bad, Source = "\u0001", ReportedOn = new DateOnly(2000, 1, 1) }, 2018) },
        { "budget line", BudgetRules.Validate(new BudgetLine { Ordinal = 1, ProgrammeOrdinal = 0, ProgrammeTitle = Bad, Items = Bad, AmountThousandNtd = -1m, Note = Bad }) },
        { "e-signature month", [new ESignatureMonth { Month = new DateOnly(2018, 1, 1), OnlineSigned = -1, ElectronicReceived = 1, PaperSignedOnline = 0, SelfDrafted = 0 }.CountsProblem()!] },
        { "exchange", ExchangeRules.Validate(new Exchange { Date = new DateOnly(1800, 1, 1), Kind = ExchangeKind.SisterCityExchange, PartnerCity = Bad, Country = Empty, Summary = Empty, DelegationSize = -1, IndicatorCode = "9.9", SourceUrl = "ftp://x" }, ["1.1"]) },
    };

    [Theory]
    [MemberData(nameof(EveryRule))]
    public void Each_error_names_a_field_with_a_label_in_both_languages(string entity, List<FieldError> errors)
    {
        Assert.True(errors.Count > 0, $"{entity}: the invalid record raised no error, so the test would prove nothing");
        foreach (var error in errors)
        {
            Assert.True(FieldLabels.Has(error.Field), $"{entity}: field '{error.Field}' has no label");
            var label = FieldLabels.Of(error.Field);
            Assert.False(string.IsNullOrWhiteSpace(label.Zh) || string.IsNullOrWhiteSpace(label.En), $"{entity}: field '{error.Field}' lacks a label in one language");
        }
    }

    [Fact]
    public void A_message_uses_the_label_in_a_sentence_and_numbered_fields_carry_their_number()
    {
        var error = Assert.Single(new GoalEdit(1, new("目標", "Goal"), 10m, [Empty], 0).Validate());
        Assert.Equal("item_1_zh", error.Field);
        Assert.Equal(new Bilingual("請填寫項目 1（中文）", "the item 1 (Chinese) is required"), error.Message);
        Assert.Equal(new Bilingual("任務 3（英文）", "Task 3 (English)"), FieldLabels.Of("task_3_en"));
    }
}
