using System.Text;
using PerformancePlan.Generator.OpenData;

namespace PerformancePlan.Generator.Tests.OpenData;

public sealed class CsvFormatTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+886 3 332 2101", "'+886 3 332 2101")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("\rReturn", "'\rReturn")]
    [InlineData("'=already", "''=already")]
    [InlineData("桃園市", "桃園市")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Text_that_a_spreadsheet_would_run_is_neutralised_and_restores_exactly(string text, string cell)
    {
        Assert.Equal(cell, CsvFormat.Neutralise(text));
        Assert.Equal(text, CsvFormat.Restore(CsvFormat.Neutralise(text)));
    }

    [Fact]
    public void Numbers_are_raw_invariant_and_negative_numbers_are_not_text()
    {
        Assert.Equal("5328.75", CsvFormat.Cell(5328.75m));
        Assert.Equal("45", CsvFormat.Cell(45.00m));
        Assert.Equal("-3", CsvFormat.Cell(-3m));
        Assert.Equal("2018-04-10", CsvFormat.Cell(new DateOnly(2018, 4, 10)));
        Assert.Equal(string.Empty, CsvFormat.Cell(null));
    }

    [Fact]
    public void Files_are_rfc_4180_with_a_bom_and_read_back_to_the_same_cells()
    {
        object?[][] rows =
        [
            ["逗號, 與 \"引號\"", 1m, new DateOnly(2018, 1, 2)],
            ["兩行\n文字", null, new DateOnly(2018, 12, 31)],
        ];
        var bytes = CsvFormat.Write(["text", "value", "date"], rows);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal("text,value,date\r\n\"逗號, 與 \"\"引號\"\"\",1,2018-01-02\r\n\"兩行\n文字\",,2018-12-31\r\n", text);
        var back = CsvReader.Read(bytes);
        Assert.Equal(["逗號, 與 \"引號\"", "1", "2018-01-02"], back[1]);
        Assert.Equal(["兩行\n文字", "", "2018-12-31"], back[2]);
    }

    [Fact]
    public void The_reader_refuses_a_file_without_a_bom_or_with_a_stray_quote()
    {
        Assert.Throws<FormatException>(() => CsvReader.Read(Encoding.UTF8.GetBytes("a,b\r\n")));
        Assert.Throws<FormatException>(() => CsvReader.Parse("a,b\"c\r\n"));
        Assert.Throws<FormatException>(() => CsvReader.Parse("\"open\r\n"));
    }
}
