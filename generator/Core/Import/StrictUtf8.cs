using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PerformancePlan.Core.Import;

/// <summary>
/// Bytes to text for every file the project imports (plan documents, CSV files, uploads): UTF-8
/// only, one leading byte order mark allowed, and no byte replaced. The step before any parsing,
/// so whichever parser reads the text, an invalid byte is reported at its own line.
/// </summary>
public static class StrictUtf8
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var body = bytes.StartsWith(ByteOrderMark) ? bytes[ByteOrderMark.Length..] : bytes;
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
        if (status == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        var before = body[..read];
        var line = before.Count((byte)'\n') + 1;
        var column = read - (before.LastIndexOf((byte)'\n') + 1) + 1;
        throw new InvalidUtf8Exception(line, column, body[read]);
    }

    public static string ReadFile(string path) => Decode(File.ReadAllBytes(path));

    public static async Task<string> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}

/// <summary>A byte that is not part of valid UTF-8: its line, its byte column on that line, and its value.</summary>
public sealed class InvalidUtf8Exception(int line, int column, byte value)
    : Exception($"line {line}: the byte 0x{value:X2} at byte {column} of the line is not UTF-8; save the file as UTF-8")
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    public byte Value { get; } = value;

    public Bilingual Problem => new(
        $"第 {Line} 行第 {Column} 個位元組 0x{Value:X2} 不是 UTF-8 編碼；請以 UTF-8 儲存檔案",
        $"the byte 0x{Value:X2} at byte {Column} of line {Line} is not UTF-8; save the file as UTF-8");
}
