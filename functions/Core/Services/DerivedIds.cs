using System.Security.Cryptography;
using System.Text;

namespace TodoFunctions.Core.Services;

public static class DerivedIds
{
    /// <summary>
    /// A stable UUID (RFC 9562 version 8) for (scope, purpose, value): the same inputs give the same id,
    /// so a retried request or a redelivered message produces the very same command.
    /// </summary>
    public static Guid Derive(Guid scope, string purpose, string value)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{scope:N}:{purpose}:{value}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
