using System.Text;

namespace PerformancePlan.Reliability.Tests.Support;

/// <summary>
/// Seeded mutations of a valid input, of the kinds real files suffer: bytes flipped, inserted or
/// cut, control characters and invalid UTF-8, lines lost, doubled or swapped, tabs turned to
/// spaces, the file cut short. The same seed gives the same cases on every machine.
/// </summary>
public sealed class Mutator(int seed)
{
    private static readonly byte[][] Hostile =
    [
        [0x00], [0x0B], [0x0C], [0x1B], [0x7F], [0xC2, 0x85], [0xEF, 0xBF, 0xBF], [0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80],
        [0xEF, 0xBB, 0xBF], "\t"u8.ToArray(), "\""u8.ToArray(), ","u8.ToArray(), "\r"u8.ToArray(), "\n"u8.ToArray(), "%"u8.ToArray(),
        "（一）"u8.ToArray(), "一、"u8.ToArray(), "-1"u8.ToArray(), "99999999999999999999999"u8.ToArray(), "1e308"u8.ToArray(),
    ];

    private readonly Random random = new(seed);

    public byte[] Mutate(byte[] input)
    {
        var bytes = input.ToList();
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            Apply(bytes);
        }

        return bytes.ToArray();
    }

    private void Apply(List<byte> bytes)
    {
        if (bytes.Count == 0)
        {
            bytes.AddRange(Hostile[random.Next(Hostile.Length)]);
            return;
        }

        var at = random.Next(bytes.Count);
        switch (random.Next(9))
        {
            case 0:
                bytes[at] = (byte)random.Next(256);
                break;
            case 1:
                bytes.InsertRange(at, Hostile[random.Next(Hostile.Length)]);
                break;
            case 2:
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(16)));
                break;
            case 3:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
                MutateLines(bytes);
                break;
        }
    }

    private void MutateLines(List<byte> bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes.ToArray()).Split('\n').ToList();
        var n = random.Next(lines.Count);
        switch (random.Next(5))
        {
            case 0:
                lines.RemoveAt(n);
                break;
            case 1:
                lines.Insert(n, lines[random.Next(lines.Count)]);
                break;
            case 2:
                var m = random.Next(lines.Count);
                (lines[n], lines[m]) = (lines[m], lines[n]);
                break;
            case 3:
                lines[n] = lines[n].Replace('\t', ' ');
                break;
            default:
                lines[n] = lines[n].Replace(",", ",,", StringComparison.Ordinal);
                break;
        }

        bytes.Clear();
        bytes.AddRange(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
    }
}
