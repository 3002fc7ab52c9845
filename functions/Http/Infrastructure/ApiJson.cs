namespace TodoFunctions.Http.Infrastructure;

public static class ApiJson
{
    /// <summary>One serializer setting for both hosts: camelCase web defaults.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
