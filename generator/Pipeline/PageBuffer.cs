using System.Buffers;
using System.Text;

namespace PerformancePlan.Generator.Pipeline;

/// <summary>
/// The characters of one rendered page, written by the renderer and read in place: by the UTF-8
/// encoder that writes the file and by the page checks. One buffer per render worker, cleared for
/// each page and grown (from the shared pool) to the largest page it has held, so a build does not
/// allocate each page's text twice over (a string builder's chunks, then the string).
/// </summary>
internal sealed class PageBuffer : TextWriter
{
    private char[] chars = ArrayPool<char>.Shared.Rent(64 * 1024);
    private int length;

    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>What was written since the last <see cref="Clear"/>; valid until the next write.</summary>
    public ReadOnlySpan<char> Written => chars.AsSpan(0, length);

    public void Clear() => length = 0;

    public override void Write(char value)
    {
        if (length == chars.Length)
        {
            Grow(1);
        }

        chars[length++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.Length > chars.Length - length)
        {
            Grow(buffer.Length);
        }

        buffer.CopyTo(chars.AsSpan(length));
        length += buffer.Length;
    }

    public override string ToString() => Written.ToString();

    protected override void Dispose(bool disposing)
    {
        if (disposing && chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(chars);
            chars = [];
            length = 0;
        }

        base.Dispose(disposing);
    }

    private void Grow(int more)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(chars.Length * 2, length + more));
        Written.CopyTo(larger);
        ArrayPool<char>.Shared.Return(chars);
        chars = larger;
    }
}
