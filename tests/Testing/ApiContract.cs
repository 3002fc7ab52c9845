using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace TodoFunctions.Testing;

/// <summary>A response the OpenAPI document does not allow: thrown to the test that made the call.</summary>
public sealed class ContractViolationException(string message) : Exception(message);

/// <summary>
/// The served OpenAPI document, read as JSON: finds the operation for a request and checks a response
/// against it (status documented, media type, body schema via JsonSchema.Net, required headers).
/// </summary>
public sealed class ApiContract
{
    private const string ComponentsPrefix = "#/components/schemas/";
    private readonly JsonObject _document;
    private readonly JsonObject _defs;
    private readonly List<(string Method, Regex Path, string Template, JsonObject Operation)> _operations = [];
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new();
    private static int _schemaCounter;

    public ApiContract(JsonObject document)
    {
        _document = document;
        // OpenAPI 3.1 schemas are JSON Schema 2020-12; moved under $defs, their refs resolve inside one schema.
        _defs = JsonNode.Parse(Rewrite(document["components"]?["schemas"]?.ToJsonString() ?? "{}"))!.AsObject();
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            var pattern = new Regex("^" + Regex.Replace(Regex.Escape(template), @"\\\{[^}]+}", "[^/]+") + "$");
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is JsonObject op && op["operationId"] is not null)
                {
                    _operations.Add((method.ToUpperInvariant(), pattern, template, op));
                }
            }
        }
    }

    public JsonObject Document => _document;

    public IEnumerable<(string Method, string Template, JsonObject Operation)> Operations =>
        _operations.Select(o => (o.Method, o.Template, o.Operation));

    public static async Task<ApiContract> FetchAsync(HttpMessageInvoker http, Uri baseAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, "/api/openapi.json"));
        using var response = await http.SendAsync(request, CancellationToken.None);
        response.EnsureSuccessStatusCode();
        return new ApiContract(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>The documented operation for this method and path, or null for a route the API does not have.</summary>
    public (string Template, JsonObject Operation)? Find(string method, string path)
    {
        foreach (var (m, pattern, template, operation) in _operations)
        {
            if (m == method.ToUpperInvariant() && pattern.IsMatch(path))
            {
                return (template, operation);
            }
        }
        return null;
    }

    /// <summary>Every way the response breaks the document; empty when it conforms.</summary>
    public IReadOnlyList<string> Check(string method, string path, int status, string? mediaType, IEnumerable<string> headerNames, string body)
    {
        if (Find(method, path) is not var (template, operation))
        {
            return [];
        }
        var problems = new List<string>();
        var where = $"{method} {template} ({operation["operationId"]}) answered {status}";
        var responses = operation["responses"]!.AsObject();
        if ((responses[status.ToString()] ?? responses["default"]) is not JsonObject response)
        {
            return [$"{where}, which is not documented (documented: {string.Join(", ", responses.Select(r => r.Key))})."];
        }
        var headers = headerNames.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, header) in response["headers"]?.AsObject() ?? [])
        {
            if (header?["required"]?.GetValue<bool>() == true && !headers.Contains(name))
            {
                problems.Add($"{where} without the documented header {name}.");
            }
        }
        var content = response["content"]?.AsObject();
        if (content is null || content.Count == 0)
        {
            if (body.Length > 0)
            {
                problems.Add($"{where} with a body, but the document says none: {Clip(body)}");
            }
            return problems;
        }
        if (mediaType is null || content[mediaType] is not JsonObject media)
        {
            problems.Add($"{where} as {mediaType ?? "(no content type)"}; documented: {string.Join(", ", content.Select(c => c.Key))}.");
            return problems;
        }
        if (media["schema"] is JsonNode schemaNode && mediaType.EndsWith("json", StringComparison.Ordinal))
        {
            JsonElement instance;
            try
            {
                instance = JsonDocument.Parse(body).RootElement;
            }
            catch (JsonException)
            {
                problems.Add($"{where} with a body that is not JSON: {Clip(body)}");
                return problems;
            }
            var schema = _schemas.GetOrAdd(schemaNode.ToJsonString(), Build);
            var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
            if (!result.IsValid)
            {
                var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                    .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
                problems.Add($"{where} with a body that breaks its schema: {string.Join("; ", errors.Distinct().Take(5))}\n  body: {Clip(body)}");
            }
        }
        return problems;
    }

    private JsonSchema Build(string schemaJson)
    {
        var root = JsonNode.Parse(Rewrite(schemaJson))!.AsObject();
        var wrapper = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = _defs.DeepClone(),
            ["allOf"] = new JsonArray(root),
        };
        var id = new Uri($"https://contract.test/schema/{Interlocked.Increment(ref _schemaCounter)}");
        return JsonSchema.FromText(wrapper.ToJsonString(), BuildOptions.Default, id);
    }

    private static string Rewrite(string json) => json.Replace("\"" + ComponentsPrefix, "\"#/$defs/");

    private static string Clip(string text) => text.Length > 400 ? text[..400] + "…" : text;
}

/// <summary>
/// Checks every response that passes through it against the served document and throws
/// <see cref="ContractViolationException"/> on a mismatch, so the test that made the call fails.
/// </summary>
public sealed class ContractCheckingHandler(Func<Task<ApiContract>> contract) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var uri = request.RequestUri!;
        if (!uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
        {
            return response;
        }
        var document = await contract();
        if (response.Content.Headers.ContentType?.MediaType == "text/event-stream")
        {
            // An open stream never ends, so it cannot be buffered: check the status and media type only.
            var streamViolations = document.Check(request.Method.Method, uri.AbsolutePath, (int)response.StatusCode,
                "text/event-stream", response.Headers.Select(h => h.Key).Concat(response.Content.Headers.Select(h => h.Key)), body: "");
            return streamViolations.Count > 0 ? throw new ContractViolationException(string.Join("\n", streamViolations)) : response;
        }
        // Buffered, so the test can still read the body after the check.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var headers = response.Headers.Select(h => h.Key).Concat(response.Content.Headers.Select(h => h.Key));
        var violations = document.Check(request.Method.Method, uri.AbsolutePath, (int)response.StatusCode,
            response.Content.Headers.ContentType?.MediaType, headers, body);
        if (violations.Count > 0)
        {
            throw new ContractViolationException(string.Join("\n", violations));
        }
        return response;
    }
}
