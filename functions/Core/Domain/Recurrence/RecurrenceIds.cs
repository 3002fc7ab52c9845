using System.Security.Cryptography;
using System.Text;

namespace TodoFunctions.Core.Domain.Recurrence;

public static class RecurrenceIds
{
    /// <summary>
    /// The id of the occurrence that follows <paramref name="previousId"/> in a series: a name-based UUID
    /// (version 8) of the series and the occurrence, the same in every worker and on every retry.
    /// </summary>
    public static Guid NextOccurrence(Guid seriesId, Guid previousId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"todo-occurrence\n{seriesId:D}\n{previousId:D}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
