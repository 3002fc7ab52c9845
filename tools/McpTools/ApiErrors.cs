using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace TodoFunctions.Mcp;

/// <summary>Turns problem+json responses and failed command outcomes into short sentences a model can act on.</summary>
public static class ApiErrors
{
    public static string FromResponse(HttpStatusCode status, JsonElement? problem, RetryConditionHeaderValue? retryAfter, string notFound)
    {
        var detail = problem is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String
            ? d.GetString()
            : null;
        var fields = problem is { ValueKind: JsonValueKind.Object } q && q.TryGetProperty("errors", out var e) ? FieldErrors(e) : null;
        return (int)status switch
        {
            400 when fields is not null => $"Invalid input: {fields}",
            400 => $"Invalid request: {detail ?? "the API refused it"}.",
            401 => "The API rejected the access token (missing, invalid or expired). Get a new token with POST /api/auth/login " +
                   "and restart this MCP server with --token <accessToken>; retrying will not help.",
            404 => notFound,
            409 => $"Conflict: {detail ?? "the task changed or already exists"}.",
            412 => $"The task changed since it was read ({detail ?? "stale ETag"}). Get it again and retry.",
            429 => $"The API is rate limiting this user. Retry in {Seconds(retryAfter)} seconds.",
            502 or 503 or 504 => $"The todo service is temporarily unavailable ({detail ?? $"HTTP {(int)status}"}). Retry in a few seconds.",
            >= 500 => $"The todo service failed (HTTP {(int)status}). Retry later.",
            _ => $"The API answered HTTP {(int)status}: {detail ?? "no details"}.",
        };
    }

    /// <summary>The <c>error</c> of a command whose status is <c>failed</c>: {code, message, errors}.</summary>
    public static string FromCommandError(JsonElement error, string notFound)
    {
        var code = Text(error, "code");
        var message = Text(error, "message") ?? "The change failed.";
        var fields = error.TryGetProperty("errors", out var e) ? FieldErrors(e) : null;
        return code switch
        {
            "validation" => $"Invalid input: {fields ?? message}",
            "not_found" => notFound,
            "conflict" => $"Conflict: {message}",
            "precondition_failed" => $"The task changed before this change was applied: {message}",
            _ => $"The change failed: {message}",
        };
    }

    /// <summary>{"priority": ["Use one of: none, low, medium, high."]} → "priority: Use one of: none, low, medium, high."</summary>
    public static string? FieldErrors(JsonElement errors)
    {
        if (errors.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var parts = new List<string>();
        foreach (var field in errors.EnumerateObject())
        {
            var messages = field.Value.ValueKind == JsonValueKind.Array
                ? field.Value.EnumerateArray().Select(m => m.ToString())
                : [field.Value.ToString()];
            parts.Add($"{field.Name}: {string.Join(" ", messages)}");
        }
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static int Seconds(RetryConditionHeaderValue? retryAfter) =>
        retryAfter?.Delta is { } delta ? Math.Max(1, (int)Math.Ceiling(delta.TotalSeconds)) : 1;
}
