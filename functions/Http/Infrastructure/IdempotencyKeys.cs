using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Infrastructure;

/// <summary>
/// Turns a client's Idempotency-Key into the command id (and the new todo's id), so a retried request
/// yields the same command and the worker applies it once. Scoped per user and per kind of operation, so the
/// same key on a todo write and on a chat message are two commands; the request's fingerprint
/// (<see cref="Fingerprint"/>) tells a true retry from a key reused for another request.
/// </summary>
public static class IdempotencyKeys
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxLength = 200;

    /// <returns>false when the header is present but unusable.</returns>
    public static bool TryGetCommandId(HttpRequest request, Guid userId, string operation, out Guid commandId, out bool fromKey)
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
        commandId = Derive(userId, "command:" + operation, key);
        return true;
    }

    public static Guid Derive(Guid scope, string purpose, string value) => DerivedIds.Derive(scope, purpose, value);

    /// <summary>SHA-256 (hex) of what makes a request this request: its operation, target and body.</summary>
    public static string Fingerprint<T>(string operation, Guid? target, T body)
    {
        var text = operation + "\n" + target + "\n" + JsonSerializer.Serialize(body, CoreJson.Options);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
