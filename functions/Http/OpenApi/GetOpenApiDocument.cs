namespace TodoFunctions.Http.OpenApi;

/// <summary>
/// <c>GET /api/openapi.json</c>: the contract, built from the functions at first request and cached per
/// route prefix. No token; a strong ETag, so clients and gateways revalidate with If-None-Match (304).
/// </summary>
public sealed class GetOpenApiDocument(IOptions<TestingOptions> testing)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, bool), Lazy<Task<(byte[] Json, string ETag)>>> Cache = new();

    [Function(nameof(GetOpenApiDocument))]
    [ApiOperation("Contract", "This OpenAPI 3.1 document", Anonymous = true, NoDatabase = true, Returns = typeof(OpenApiJson),
        Cacheable = true, AlsoStatuses = [StatusCodes.Status304NotModified],
        Description = "Needs no token. Cacheable: send the ETag back as If-None-Match and get 304 while the contract is unchanged.")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request)
    {
        // The prefix this host serves under, from the request itself: "/api/openapi.json" → "api".
        var path = request.Path.Value ?? "/api/openapi.json";
        var prefix = path[..^"/openapi.json".Length].Trim('/');
        var includeTestSupport = testing.Value.Enabled;
        var (json, etag) = await Cache.GetOrAdd((prefix, includeTestSupport),
            key => new(() => ApiDocument.SerializeAsync(ApiDocument.Build(key.Item1, key.Item2)))).Value;
        var current = request.Headers.IfNoneMatch.ToString().Split(',').Select(t => t.Trim()).Any(t => t == etag || t == "*");
        return new BytesResult(current ? StatusCodes.Status304NotModified : StatusCodes.Status200OK, json, "application/json; charset=utf-8")
            .WithHeader("ETag", etag)
            .WithHeader("Cache-Control", "public, max-age=60, must-revalidate");
    }

    /// <summary>The document's own schema: an OpenAPI 3.1 document is a JSON object.</summary>
    public sealed record OpenApiJson(string Openapi);
}
