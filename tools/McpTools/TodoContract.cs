using System.Text.Json.Nodes;

namespace TodoFunctions.Mcp;

/// <summary>
/// The parts of the API's OpenAPI 3.1 document that the tools are built from: request and response schemas
/// (with <c>$ref</c>s inlined, because an MCP tool schema stands alone) and query/path parameter schemas.
/// The tools read their limits and enums here, so they say what the validators enforce and nothing else.
/// </summary>
public sealed class TodoContract(JsonObject document)
{
    private const string ComponentPrefix = "#/components/schemas/";

    public JsonObject Document => document;

    /// <summary>A component schema (CreateTodoRequest, TodoView, …) with every <c>$ref</c> replaced by its target.</summary>
    public JsonObject Schema(string component) =>
        (JsonObject)Inline(document["components"]?["schemas"]?[component]
                           ?? throw new InvalidOperationException($"The API document has no schema '{component}'."), 0);

    /// <summary>One property of a component schema, inlined.</summary>
    public JsonObject Property(string component, string property) =>
        (JsonObject)(Schema(component)["properties"]?[property]?.DeepClone()
                     ?? throw new InvalidOperationException($"The API document's {component} has no property '{property}'."));

    public bool IsRequired(string component, string property) =>
        Schema(component)["required"]?.AsArray().Any(r => r?.GetValue<string>() == property) == true;

    /// <summary>The schema of a query or path parameter of an operation, its description copied in.</summary>
    public JsonObject Parameter(string operationId, string name)
    {
        var operation = Operation(operationId);
        var parameter = operation["parameters"]?.AsArray().OfType<JsonObject>().FirstOrDefault(p => p["name"]?.GetValue<string>() == name)
                        ?? throw new InvalidOperationException($"The API document's {operationId} has no parameter '{name}'.");
        var schema = (JsonObject)Inline(parameter["schema"]!, 0);
        if (parameter["description"] is { } description && schema["description"] is null)
        {
            schema["description"] = description.DeepClone();
        }
        return schema;
    }

    private JsonObject Operation(string operationId) =>
        document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => op.Value))
            .OfType<JsonObject>()
            .FirstOrDefault(op => op["operationId"]?.GetValue<string>() == operationId)
        ?? throw new InvalidOperationException($"The API document has no operation '{operationId}'.");

    private JsonNode Inline(JsonNode node, int depth)
    {
        if (depth > 32)
        {
            throw new InvalidOperationException("The API document's schemas nest deeper than 32 levels (a $ref cycle?).");
        }
        switch (node)
        {
            case JsonObject obj when obj["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith(ComponentPrefix, StringComparison.Ordinal):
            {
                var target = (JsonObject)Inline(document["components"]!["schemas"]![reference[ComponentPrefix.Length..]]!, depth + 1);
                foreach (var (key, value) in obj.Where(p => p.Key != "$ref"))
                {
                    target[key] = value is null ? null : Inline(value, depth + 1);
                }
                return target;
            }
            case JsonObject obj:
            {
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    copy[key] = value is null ? null : Inline(value, depth + 1);
                }
                return copy;
            }
            case JsonArray array:
                return new JsonArray([.. array.Select(item => item is null ? null : Inline(item, depth + 1))]);
            default:
                return node.DeepClone();
        }
    }
}

/// <summary>Where the contract comes from: the host's own document in-process, or the API's /api/openapi.json.</summary>
public sealed class TodoContractSource(Func<CancellationToken, Task<JsonObject>> load)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TodoContract? _contract;

    public async Task<TodoContract> GetAsync(CancellationToken cancellationToken)
    {
        if (_contract is { } loaded)
        {
            return loaded;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // A failed load is not cached: the next list or call tries again (the API may have been starting).
            return _contract ??= new TodoContract(await load(cancellationToken));
        }
        finally
        {
            _gate.Release();
        }
    }
}
