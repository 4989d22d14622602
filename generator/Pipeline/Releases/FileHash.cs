using System.IO.Hashing;

namespace PerformancePlan.Generator.Pipeline.Releases;

/// <summary>
/// What tells a file of the new release from the previous release's copy, with its size: the
/// 128-bit XXH3 hash of its bytes, in lower-case hex. Every byte the build writes is hashed, so the
/// hash must be cheap: XXH3 reads many gigabytes a second where SHA-256 took a twentieth of a
/// 200-plan build's CPU. It guards against accident, not attack: what is published comes from the
/// editors' own database, and the deploy compares its own Content-MD5.
/// </summary>
internal static class FileHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));
}
