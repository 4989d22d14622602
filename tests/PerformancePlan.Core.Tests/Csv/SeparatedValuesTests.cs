using PerformancePlan.Core.Csv;

namespace PerformancePlan.Core.Tests.Csv;

public class SeparatedValuesTests
{
    [Fact]
    public void Each_record_knows_the_line_it_starts_on_when_quoted_fields_span_lines()
    {
        var records = SeparatedValues.Read("a,b\r\n1,\"two\r\nlines\"\n2,\"x\"\"y\"\r3,4", ',');
        Assert.Equal([1, 2, 4, 5], records.Select(r => r.Line));
        Assert.Equal(["1", "two\r\nlines"], records[1].Fields);
        Assert.Equal(["2", "x\"y"], records[2].Fields);
        Assert.Equal(["3", "4"], records[3].Fields);
    }

    [Fact]
    public void Blank_lines_are_records_of_their_own_and_count_as_lines()
    {
        var records = SeparatedValues.Read("a\tb\n\n1\t2\n", '\t');
        Assert.Equal([1, 2, 3], records.Select(r => r.Line));
        Assert.True(records[1].IsBlank);
        Assert.Equal(["1", "2"], records[2].Fields);
    }

    [Fact]
    public void An_unclosed_quote_names_the_line_it_opens_on()
    {
        var ex = Assert.Throws<UnclosedQuoteException>(() => SeparatedValues.Read("a,b\n1,\"x\"\n2,\"open\n3,4\n", ','));
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void Written_records_end_in_CRLF_and_quote_only_what_needs_it()
    {
        var text = SeparatedValues.Write([["name", "note"], ["a,b", "say \"hi\""], ["two\nlines", ""], ["'=1", "plain"]]);
        Assert.Equal("name,note\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\r\n'=1,plain\r\n", text);
    }

    [Fact]
    public void What_is_written_reads_back_the_same()
    {
        string[][] records = [["h1", "h2", "h3"], ["\"", ",", "\r\n"], ["", "中文", "\t"]];
        Assert.Equal(records, SeparatedValues.Read(SeparatedValues.Write(records), ',').Select(r => r.Fields.ToArray()));
    }
}
