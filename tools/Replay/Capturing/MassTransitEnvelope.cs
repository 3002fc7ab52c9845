using TodoFunctions.Core.Messaging;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Replay.Capturing;

/// <summary>
/// MassTransit's JSON envelope (content type <c>application/vnd.masstransit+json</c>): the command sits
/// under "message", its .NET type is named in "messageType" as <c>urn:message:Namespace:Type</c>.
/// </summary>
public static class MassTransitEnvelope
{
    public const string ContentType = CommandEnvelope.ContentType;

    public static string MessageUrn(string messageType) => $"urn:message:{typeof(TodoCommand).Namespace}:{messageType}";

    /// <summary>MassTransit's exchange for a message type, which every queue of its consumers is bound to.</summary>
    public static string MessageExchange(string messageType) => $"{typeof(TodoCommand).Namespace}:{messageType}";

    /// <summary>The command inside an envelope, or null with the reason when it holds none we know.</summary>
    public static object? Open(ReadOnlySpan<byte> body, out Dictionary<string, string> headers, out string? error)
    {
        headers = [];
        error = null;
        JsonObject envelope;
        try
        {
            envelope = JsonNode.Parse(body)?.AsObject() ?? throw new JsonException("null");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            error = "not a MassTransit JSON envelope: " + ex.Message;
            return null;
        }
        if (envelope["headers"] is JsonObject envelopeHeaders)
        {
            foreach (var (key, value) in envelopeHeaders)
            {
                headers[key] = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "";
            }
        }
        var types = envelope["messageType"] is JsonArray array ? array.Select(t => t?.GetValue<string>()).ToList() : [];
        try
        {
            if (types.Contains(MessageUrn(nameof(TodoCommand))))
            {
                return envelope["message"].Deserialize<TodoCommand>(ReplayJson.Options);
            }
            if (types.Contains(MessageUrn(nameof(ChatCommand))))
            {
                return envelope["message"].Deserialize<ChatCommand>(ReplayJson.Options);
            }
        }
        catch (JsonException ex)
        {
            error = "the message cannot be read: " + ex.Message;
            return null;
        }
        error = $"unknown message type {string.Join(", ", types)}";
        return null;
    }

    /// <summary>
    /// An envelope for publishing, as the HTTP functions write it (<see cref="CommandEnvelope.Seal"/>): the message
    /// with the workers' own JSON options (enums as numbers), which MassTransit reads whatever its enum setting.
    /// </summary>
    public static byte[] Seal(object message, Guid messageId, IReadOnlyDictionary<string, string> headers) =>
        CommandEnvelope.Seal(message, messageId, headers);
}
