using System.Buffers;
using System.Diagnostics.CodeAnalysis;
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

    /// <summary>
    /// Reads the message of type <typeparamref name="T"/> out of an envelope, as MassTransit's consumer would: its
    /// "messageType" must name <typeparamref name="T"/>. Enums are read as numbers (this writer) or names (MassTransit's).
    /// Returns false with the reason when the body is not such an envelope.
    /// </summary>
    public static bool TryOpen<T>(ReadOnlySpan<byte> body, [NotNullWhen(true)] out T? message, out string? activityId, out string? error) where T : class
    {
        message = null;
        activityId = null;
        error = null;
        var typed = false;
        var urn = MessageUrn(typeof(T));
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "the body is not a JSON object";
                return false;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("message"u8))
                {
                    reader.Read();
                    message = JsonSerializer.Deserialize<T>(ref reader, ReadOptions);
                }
                else if (reader.ValueTextEquals("messageType"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        while (reader.Read() && reader.TokenType == JsonTokenType.String)
                        {
                            typed |= reader.ValueTextEquals(urn);
                        }
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                else if (reader.ValueTextEquals("headers"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        reader.Skip();
                        continue;
                    }
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var isActivity = reader.ValueTextEquals(ActivityIdHeader);
                        reader.Read();
                        if (isActivity && reader.TokenType == JsonTokenType.String)
                        {
                            activityId = reader.GetString();
                        }
                        else
                        {
                            reader.Skip();
                        }
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (JsonException ex)
        {
            error = "not a readable JSON envelope: " + ex.Message;
            message = null;
            return false;
        }
        if (!typed)
        {
            error = $"the envelope does not carry a {urn}";
            message = null;
            return false;
        }
        if (message is null)
        {
            error = "the envelope has no message";
            return false;
        }
        return true;
    }

    private static readonly JsonSerializerOptions ReadOptions = new(CoreJson.Options)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

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
