using System.Buffers;
using System.Text.Json.Nodes;

namespace TodoFunctions.Http.Infrastructure;

public sealed record BodyResult<T>(T? Value, IActionResult? Rejection);

public static class JsonBody
{
    public const int MaxBytes = 64 * 1024;

    /// <summary>Reads at most <see cref="MaxBytes"/> of JSON: 413 above, 415 for another media type, 400 when malformed.</summary>
    public static async Task<BodyResult<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        var (bytes, rejection) = await ReadBytesAsync(request, cancellationToken);
        if (rejection is not null)
        {
            return new(null, rejection);
        }
        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes, ApiJson.Options);
            return value is null ? new(null, Problems.BadRequest("The body must be a JSON object.")) : new(value, null);
        }
        catch (JsonException ex)
        {
            return new(null, Problems.BadRequest($"The body is not valid JSON for this request: {ex.Message}"));
        }
    }

    /// <summary>For a patch: the JSON object itself, so a field set to null differs from an absent one.</summary>
    public static async Task<BodyResult<JsonObject>> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (bytes, rejection) = await ReadBytesAsync(request, cancellationToken);
        if (rejection is not null)
        {
            return new(null, rejection);
        }
        try
        {
            return JsonNode.Parse(bytes, documentOptions: ApiJson.DocumentOptions) is JsonObject body
                ? new(body, null)
                : new(null, Problems.BadRequest("The body must be a JSON object."));
        }
        catch (JsonException ex)
        {
            return new(null, Problems.BadRequest($"The body is not valid JSON: {ex.Message}"));
        }
    }

    private static async Task<(byte[] Bytes, IActionResult? Rejection)> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return ([], Problems.PayloadTooLarge(MaxBytes));
        }
        if (request.ContentType is { } contentType && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return ([], Problems.UnsupportedMediaType());
        }
        var buffer = ArrayPool<byte>.Shared.Rent(MaxBytes + 1);
        try
        {
            var total = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(total, MaxBytes + 1 - total), cancellationToken)) > 0)
            {
                total += read;
                if (total > MaxBytes)
                {
                    return ([], Problems.PayloadTooLarge(MaxBytes));
                }
            }
            return total == 0 ? ([], Problems.BadRequest("A JSON body is required.")) : (buffer.AsSpan(0, total).ToArray(), null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
