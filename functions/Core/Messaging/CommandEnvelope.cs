using System.Buffers;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Core.Messaging;

/// <summary>
/// MassTransit's JSON envelope (content type <c>application/vnd.masstransit+json</c>), written without
/// MassTransit: the message under "message" with the workers' own JSON options, its .NET type named in
/// "messageType" as <c>urn:message:Namespace:Type</c>. The workers' MassTransit consumers, the capture and
/// the replay tools all read this shape.
/// </summary>
public static class CommandEnvelope
{
    public const string ContentType = "application/vnd.masstransit+json";

    /// <summary>The header MassTransit reads a consumer's parent activity from (W3C trace id and span id).</summary>
    public const string ActivityIdHeader = "MT-Activity-Id";

    public static string MessageUrn(Type messageType) => $"urn:message:{messageType.Namespace}:{messageType.Name}";

    /// <summary>MassTransit's exchange for a message type, which every queue of its consumers is bound to.</summary>
    public static string MessageExchange(Type messageType) => $"{messageType.Namespace}:{messageType.Name}";

    public static byte[] Seal(object message, Guid messageId, IEnumerable<KeyValuePair<string, string>> headers)
    {
        var buffer = new ArrayBufferWriter<byte>(768);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("messageId", messageId);
            writer.WriteStartArray("messageType");
            writer.WriteStringValue(MessageUrn(message.GetType()));
            writer.WriteEndArray();
            writer.WritePropertyName("message");
            JsonSerializer.Serialize(writer, message, message.GetType(), CoreJson.Options);
            writer.WriteString("sentTime", DateTimeOffset.UtcNow);
            writer.WriteStartObject("headers");
            foreach (var (key, value) in headers)
            {
                writer.WriteString(key, value);
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
