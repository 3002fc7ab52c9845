namespace TodoFunctions.Core.Services;

public static class CoreJson
{
    /// <summary>camelCase web defaults: the same shape the HTTP API writes.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
