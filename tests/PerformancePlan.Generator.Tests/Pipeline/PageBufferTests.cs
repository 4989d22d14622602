using PerformancePlan.Generator.Pipeline;

namespace PerformancePlan.Generator.Tests.Pipeline;

public sealed class PageBufferTests
{
    [Fact]
    public void A_buffer_holds_exactly_what_was_written_since_it_was_cleared_however_large()
    {
        using var buffer = new PageBuffer();
        buffer.Write("<p>");
        buffer.Clear();
        var expected = new System.Text.StringBuilder();
        for (var i = 0; i < 40_000; i++)
        {
            var piece = i % 3 == 0 ? "施政計畫" : i % 3 == 1 ? "<td class=\"n\">" : "x";
            buffer.Write(piece);
            buffer.Write('|');
            buffer.Write(piece.ToCharArray(), 0, 1);
            expected.Append(piece).Append('|').Append(piece[0]);
        }

        Assert.Equal(expected.ToString(), buffer.Written.ToString());
        buffer.Clear();
        buffer.Write("done");
        Assert.Equal("done", buffer.ToString());
    }
}
