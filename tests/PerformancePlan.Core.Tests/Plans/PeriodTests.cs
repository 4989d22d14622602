using PerformancePlan.Core.Plans;

namespace PerformancePlan.Core.Tests.Plans;

public class PeriodTests
{
    [Theory]
    [InlineData("2018-Q1", 2018, PeriodKind.Quarter, 1, 3)]
    [InlineData("2018-q4", 2018, PeriodKind.Quarter, 4, 12)]
    [InlineData("2018-03", 2018, PeriodKind.Month, 3, 3)]
    [InlineData(" 2019-12 ", 2019, PeriodKind.Month, 12, 12)]
    public void Quarters_and_months_parse(string text, int year, PeriodKind kind, int number, int endMonth)
    {
        var period = Period.Parse(text);
        Assert.Equal((year, kind, number, endMonth), (period.Year, period.Kind, period.Number, period.EndMonth));
    }

    [Theory]
    [InlineData("2018-Q5")]
    [InlineData("2018-13")]
    [InlineData("2018-00")]
    [InlineData("18-Q1")]
    [InlineData("2018/03")]
    [InlineData(null)]
    public void Other_text_is_not_a_period(string? text) => Assert.False(Period.TryParse(text, out _));

    [Fact]
    public void Periods_order_by_the_month_they_end_a_quarter_before_the_month_that_ends_it()
    {
        string[] written = ["2018-Q2", "2018-04", "2017-12", "2018-06", "2018-Q1", "2018-03"];
        var periods = written.Select(Period.Parse).Order().Select(p => p.ToString());
        Assert.Equal(["2017-12", "2018-Q1", "2018-03", "2018-04", "2018-Q2", "2018-06"], periods);
        Assert.True(Period.Parse("2018-Q1") < Period.Parse("2018-Q2"));
        Assert.Equal(new DateOnly(2018, 6, 30), Period.Parse("2018-Q2").EndDate);
    }
}
