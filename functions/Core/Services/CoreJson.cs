using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using TodoFunctions.Core.Contracts;

namespace TodoFunctions.Core.Services;

public static class CoreJson
{
    /// <summary>
    /// camelCase web defaults: the same shape the HTTP API writes. The types the write path serializes for every command
    /// have source-generated metadata (<see cref="CoreJsonContext"/>); anything else (an anonymous delete result, the
    /// chat's tool calls) falls back to reflection. The output is the same either way (<c>CoreJsonTests</c>); what the
    /// generated metadata saves is a fresh worker's reflection and emitted accessors — about 150 methods JIT-compiled
    /// before its first commit.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Readable offsets ("+01:00" rather than an escaped plus sign); responses are JSON, never HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(CoreJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TodoCommand))]
[JsonSerializable(typeof(ChatCommand))]
[JsonSerializable(typeof(TodoView))]
[JsonSerializable(typeof(IDictionary<string, string[]>))]
[JsonSerializable(typeof(Reminders.ReminderFiredEvent))]
internal sealed partial class CoreJsonContext : JsonSerializerContext;
