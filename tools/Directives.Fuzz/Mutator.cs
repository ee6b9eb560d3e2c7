namespace Directives.Fuzz;

/// <summary>Byte-level mutations for the standalone mode (no AFL): flips, random bytes, cut, duplicated and spliced chunks.</summary>
public sealed class Mutator(int seed)
{
    readonly Random random = new(seed);

    /// <summary>Bytes that open, close or quote something in one of the formats.</summary>
    static readonly byte[] Syntax = "<>[]()/\\\"'&;:\n0"u8.ToArray();

    public byte[] Mutate(byte[] input, IReadOnlyList<byte[]> pool)
    {
        var bytes = new List<byte>(input);
        var rounds = 1 + random.Next(8);
        for (var i = 0; i < rounds; i++)
        {
            if (bytes.Count == 0) bytes.Add((byte)random.Next(256));
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: bytes[at] = (byte)random.Next(256); break;
                case 2: bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(64))); break;
                case 3:
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(256));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4: bytes.Insert(at, Syntax[random.Next(Syntax.Length)]); break;
                default:
                    var other = pool[random.Next(pool.Count)];
                    if (other.Length == 0) break;
                    var from = random.Next(other.Length);
                    bytes.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, 1 + random.Next(512))).ToArray());
                    break;
            }
        }
        return [.. bytes];
    }
}
