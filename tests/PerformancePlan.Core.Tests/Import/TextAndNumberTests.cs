using PerformancePlan.Core.Import;

namespace PerformancePlan.Core.Tests.Import;

public class TextAndNumberTests
{
    [Theory]
    [InlineData("廳 舍整修", "廳舍整修")]
    [InlineData("交辦日起 2 個 工作天完成", "交辦日起 2 個工作天完成")]
    [InlineData("改善整體洽公 環境,提供優質辦 公場域", "改善整體洽公環境，提供優質辦公場域")]
    [InlineData("一、 推動國 際城市", "一、推動國際城市")]
    [InlineData("公文線上簽核件數 /(電子公文收文總 數+紙本", "公文線上簽核件數 /(電子公文收文總數+紙本")]
    [InlineData("  Online   signing\tratio ", "Online signing ratio")]
    [InlineData("參訪 活動 (四)增加", "參訪活動 (四)增加")]
    public void Spaces_are_removed_between_two_cjk_characters_only(string text, string expected) =>
        Assert.Equal(expected, CjkText.Clean(text));

    [Fact]
    public void Broken_pieces_are_joined_without_a_space_inside_a_word()
    {
        Assert.Equal("效率提升(2%)", CjkText.Join("效率提", "升(2%)"));
        Assert.Equal("visits 2018", CjkText.Join("visits", "2018"));
        Assert.Equal("升", CjkText.Join(string.Empty, "升"));
    }

    [Theory]
    [InlineData("5,328.75", 5328.75)]
    [InlineData("7,300", 7300)]
    [InlineData("０", 0)]
    [InlineData("２,３４０", 2340)]
    [InlineData("12500", 12500)]
    public void Amounts_parse_with_thousands_separators_and_full_width_digits(string text, decimal expected)
    {
        Assert.True(Numbers.TryParseDecimal(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("三千")]
    [InlineData("5,32")]
    [InlineData("-5")]
    [InlineData("")]
    [InlineData("1.2.3")]
    public void Non_numbers_are_not_amounts(string text) => Assert.False(Numbers.TryParseDecimal(text, out _));

    [Theory]
    [InlineData("(5%)", 5)]
    [InlineData("（5%）", 5)]
    [InlineData("（５％）", 5)]
    [InlineData("( 2.5 % )", 2.5)]
    public void Weights_parse_in_half_and_full_width(string text, decimal expected)
    {
        Assert.True(Numbers.TryParseWeight(text, out var weight));
        Assert.Equal(expected, weight);
    }

    [Theory]
    [InlineData("(五%)")]
    [InlineData("(5)")]
    public void A_weight_must_be_a_number_with_a_percent_sign(string text) => Assert.False(Numbers.TryParseWeight(text, out _));

    [Theory]
    [InlineData("6 次", 6, "次")]
    [InlineData("95%", 95, "%")]
    [InlineData("1,200 人次", 1200, "人次")]
    [InlineData("58 個", 58, "個")]
    [InlineData("100%", 100, "%")]
    [InlineData("２城市", 2, "城市")]
    [InlineData("20 delegations", 20, "delegations")]
    public void Targets_are_a_number_and_a_unit(string text, decimal value, string unit)
    {
        Assert.True(Numbers.TryParseQuantity(text, out var quantity));
        Assert.Equal(new Quantity(value, unit), quantity);
    }

    [Theory]
    [InlineData("六次")]
    [InlineData("6")]
    public void A_target_needs_both_a_number_and_a_unit(string text) => Assert.False(Numbers.TryParseQuantity(text, out _));

    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十三", 23)]
    [InlineData("一百零五", 105)]
    public void Chinese_numerals_read_and_write(string text, int value)
    {
        Assert.True(ChineseNumerals.TryParse(text, out var parsed));
        Assert.Equal(value, parsed);
        Assert.Equal(text.Replace('零', '〇'), ChineseNumerals.Format(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("一二")]
    [InlineData("壹")]
    public void Other_text_is_not_a_chinese_numeral(string text) => Assert.False(ChineseNumerals.TryParse(text, out _));
}
