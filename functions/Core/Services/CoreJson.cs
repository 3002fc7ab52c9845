namespace TodoFunctions.Core.Services;

public static class CoreJson
{
    /// <summary>camelCase web defaults: the same shape the HTTP API writes.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Readable offsets ("+01:00" rather than an escaped plus sign); responses are JSON, never HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
