using TodoFunctions.Core.Domain.Commands;

namespace TodoFunctions.Core.Services;

/// <summary>The <c>data</c> of a "command" live-update event.</summary>
public static class CommandEventData
{
    /// <summary>The command's outcome; its result is already JSON and is written as it is, not parsed again.</summary>
    public static string Of(ProcessedCommand record)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256 + (record.Result?.Length ?? 0));
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = CoreJson.Options.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("commandId", record.Id);
            json.WriteString("kind", record.Kind);
            if (record.TodoId is { } todoId)
            {
                json.WriteString("todoId", todoId);
            }
            else
            {
                json.WriteNull("todoId");
            }
            json.WriteString("status", record.Status.ToString().ToLowerInvariant());
            json.WritePropertyName("result");
            if (record.Result is { } result)
            {
                json.WriteRawValue(result, skipInputValidation: true);
            }
            else
            {
                json.WriteNullValue();
            }
            json.WritePropertyName("error");
            if (record.ErrorCode is { } code)
            {
                json.WriteStartObject();
                json.WriteString("code", code);
                json.WriteString("message", record.Error);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNullValue();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
