namespace TodoFunctions.Http.Infrastructure;

public static class ApiJson
{
    /// <summary>One serializer setting for both hosts: camelCase web defaults.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Readable offsets ("+01:00" rather than an escaped plus sign); responses are JSON, never HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // {"title":"a","title":"b"} is ambiguous: refused (400), never resolved by whichever came last.
        AllowDuplicateProperties = false,
    };

    public static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false };
}
