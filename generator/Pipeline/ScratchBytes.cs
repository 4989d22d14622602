using System.Buffers;

namespace PerformancePlan.Generator.Pipeline;

/// <summary>
/// Memory per thread for files made whole before they are written (JSON, XML): kept from one file
/// to the next, so making a file allocates only its own bytes, not a growing stream's doubling
/// copies (which, for the larger files, went to the large object heap and brought full
/// collections). A writer takes it, fills it and copies its bytes out before taking it again; it is
/// never held across a call that could take it too.
/// </summary>
internal static class ScratchBytes
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    [ThreadStatic]
    private static MemoryStream? stream;

    /// <summary>This thread's buffer, emptied.</summary>
    public static ArrayBufferWriter<byte> Buffer()
    {
        var scratch = buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        scratch.ResetWrittenCount();
        return scratch;
    }

    /// <summary>This thread's stream (for writers that want one), emptied and at its start.</summary>
    public static MemoryStream Stream()
    {
        var scratch = stream ??= new MemoryStream(64 * 1024);
        scratch.SetLength(0);
        return scratch;
    }
}
