using System.Text.Json.Serialization;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Replay.Capturing;

/// <summary>
/// The API's JSON shape (camelCase), with enum names so a capture reads "Create" rather than 0. Reading
/// accepts numbers too: that is how the workers and <c>processed_commands."Body"</c> write them.
/// </summary>
public static class ReplayJson
{
    public static readonly JsonSerializerOptions Options = new(CoreJson.Options)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static readonly JsonSerializerOptions Strict = new(Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static JsonObject ToObject<T>(T value) => JsonSerializer.SerializeToNode(value, Options)!.AsObject();
}
