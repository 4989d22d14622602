namespace PerformancePlan.Core.Tests.Text;

public class TextRulesTests
{
    [Fact]
    public void Vertical_tab_and_form_feed_become_line_breaks_and_tab_and_line_ends_stay()
    {
        Assert.Equal("a\nb\nc\td\r\ne", TextRules.Normalise("a\vb\fc\td\r\ne"));
        Assert.Equal("x\ny", new Bilingual("x\vy", string.Empty).Zh);
        Assert.Equal("x\ny", (Bilingual.Empty with { En = "x\fy" }).En);
    }

    [Fact]
    public void An_unpaired_surrogate_is_refused_and_a_pair_is_kept()
    {
        Assert.Equal(-1, TextRules.FirstRefused("桃園 😀"));
        Assert.Equal(1, TextRules.FirstRefused("a\uD800b"));
        Assert.Equal(1, TextRules.FirstRefused("a\uDC00"));
    }

    [Fact]
    public void A_refused_character_names_the_field_and_the_character()
    {
        var errors = new List<FieldError>();
        TextRules.Optional(errors, "summary_en", "ok\u007Fno", new("摘要（英文）", "summary (English)"), 100);
        var error = Assert.Single(errors);
        Assert.Equal("summary_en", error.Field);
        Assert.Equal("the summary (English) holds the control character U+007F (character 3), which a published text cannot hold", error.Message.En);
    }

    [Fact]
    public void Repair_replaces_what_is_refused_and_keeps_the_rest()
    {
        Assert.Equal("a\n\uFFFD\uFFFDb😀\uFFFD", TextRules.Repair("a\v\0\u0090b😀\uFFFE"));
        Assert.Same("plain", TextRules.Repair("plain"));
    }
}
