using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Infrastructure;

/// <summary>
/// Turns a client's Idempotency-Key into the command id (and the new todo's id), so a retried request
/// yields the same command and the worker applies it once. Scoped per user: keys never collide across users.
/// </summary>
public static class IdempotencyKeys
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxLength = 200;

    /// <returns>false when the header is present but unusable.</returns>
    public static bool TryGetCommandId(HttpRequest request, Guid userId, out Guid commandId, out bool fromKey)
    {
        fromKey = false;
        commandId = Guid.CreateVersion7();
        if (!request.Headers.TryGetValue(HeaderName, out var values))
        {
            return true;
        }
        var key = values.ToString();
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxLength || key.Any(char.IsControl))
        {
            return false;
        }
        fromKey = true;
        commandId = Derive(userId, "command", key);
        return true;
    }

    public static Guid Derive(Guid scope, string purpose, string value) => DerivedIds.Derive(scope, purpose, value);
}
