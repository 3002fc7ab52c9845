using System.Security.Cryptography;

namespace TodoFunctions.Replay.Replaying;

/// <summary>
/// Fresh ids for <c>--as-new</c>, derived from the original (and a seed) by hashing: the same capture and
/// seed always give the same ids, so an "as new" replay is itself idempotent, and another seed is another load.
/// </summary>
public static class DerivedIds
{
    public static Guid From(Guid original, string seed)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"todo-replay-as-new:{seed}:{original:N}"), hash);
        var bytes = hash[..16].ToArray();
        // RFC 9562 version 8 (custom) and variant bits, so the result is a well-formed UUID.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
