using System.Net;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;

namespace TodoFunctions.Mcp.Tests;

/// <summary>
/// The tool input schemas are the OpenAPI document's own field and parameter schemas (same limits, same enums as the
/// validators): every tool argument is compared with the document the host serves, so the two cannot disagree.
/// </summary>
public sealed class ToolContractTests(LocalHostProcess host) : IClassFixture<LocalHostProcess>
{
    /// <summary>Tool argument → where the document defines it. clearDue is the one argument the API has no field for.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Sources = new()
    {
        ["add_task"] = new() { ["title"] = "body:CreateTodoRequest.title", ["description"] = "body:CreateTodoRequest.description",
            ["due"] = "body:CreateTodoRequest.due", ["priority"] = "body:CreateTodoRequest.priority", ["tags"] = "body:CreateTodoRequest.tags" },
        ["list_tasks"] = new() { ["status"] = "query:status", ["overdue"] = "query:overdue", ["priority"] = "query:priority", ["tag"] = "query:tag",
            ["text"] = "query:q", ["dueBefore"] = "query:dueBefore", ["dueAfter"] = "query:dueAfter", ["sort"] = "query:sort", ["order"] = "query:order",
            ["timeZone"] = "query:tz", ["limit"] = "query:limit", ["offset"] = "query:offset" },
        ["get_task"] = new() { ["id"] = "path:id" },
        ["update_task"] = new() { ["id"] = "path:id", ["title"] = "body:UpdateTodoRequest.title", ["description"] = "body:UpdateTodoRequest.description",
            ["due"] = "body:UpdateTodoRequest.due", ["priority"] = "body:UpdateTodoRequest.priority", ["tags"] = "body:UpdateTodoRequest.tags" },
        ["complete_task"] = new() { ["id"] = "path:id" },
        ["reopen_task"] = new() { ["id"] = "path:id" },
        ["delete_task"] = new() { ["id"] = "path:id" },
    };

    /// <summary>What a tool may say differently from the document: its own wording.</summary>
    private static readonly string[] Wording = ["description", "examples"];

    [Fact]
    public async Task Every_tool_argument_has_the_limits_and_enums_of_its_field_in_the_openapi_document()
    {
        var (api, token) = await host.RegisterUserAsync();
        using var signedIn = api;
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var document = JsonNode.Parse(await http.GetStringAsync("api/openapi.json", TestContext.Current.CancellationToken))!.AsObject();
        await using var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(host.BaseAddress, "mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" },
        }), cancellationToken: TestContext.Current.CancellationToken);

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Sources.Keys.Order(), tools.Select(t => t.Name).Order());
        var compared = 0;
        foreach (var tool in tools)
        {
            var input = JsonNode.Parse(tool.JsonSchema.GetRawText())!.AsObject();
            var properties = input["properties"]!.AsObject();
            Assert.False(input["additionalProperties"]!.GetValue<bool>(), tool.Name);
            Assert.Equal(Sources[tool.Name].Keys.Order(), properties.Select(p => p.Key).Where(k => k != "clearDue").Order());
            foreach (var (argument, source) in Sources[tool.Name])
            {
                var expected = Resolve(document, source);
                Assert.True(JsonNode.DeepEquals(Strip(expected), Strip(properties[argument]!)),
                    $"{tool.Name}.{argument} differs from {source}:\n tool: {properties[argument]!.ToJsonString()}\n  api: {expected.ToJsonString()}");
                compared++;
            }
            var required = input["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToHashSet();
            var apiRequired = Sources[tool.Name].Where(s => IsRequired(document, s.Value)).Select(s => s.Key).ToHashSet();
            Assert.True(apiRequired.SetEquals(required), $"{tool.Name}: required {string.Join(",", required)} but the API requires {string.Join(",", apiRequired)}");
            Assert.NotNull(tool.ProtocolTool.OutputSchema);
        }
        Assert.Equal(Sources.Values.Sum(s => s.Count), compared);
        // The output schema of the task tools is the API's TodoView: the same required fields.
        var todoView = document["components"]!["schemas"]!["TodoView"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order();
        var output = JsonNode.Parse(tools.Single(t => t.Name == "get_task").ProtocolTool.OutputSchema!.Value.GetRawText())!;
        Assert.Equal(todoView, output["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Without_a_token_the_http_endpoint_answers_401_with_a_bearer_challenge()
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        foreach (var path in new[] { "mcp", "api/mcp" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path)
            {
                Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.ParseAdd("application/json");
            request.Headers.Accept.ParseAdd("text/event-stream");
            using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }
    }

    private static JsonNode Resolve(JsonObject document, string source)
    {
        var (kind, name) = (source[..source.IndexOf(':')], source[(source.IndexOf(':') + 1)..]);
        if (kind == "body")
        {
            var (component, property) = (name[..name.IndexOf('.')], name[(name.IndexOf('.') + 1)..]);
            return document["components"]!["schemas"]![component]!["properties"]![property]!;
        }
        var operation = kind == "path" ? "GetTodo" : "ListTodos";
        var parameter = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => o.Value!))
            .Single(o => o["operationId"]!.GetValue<string>() == operation)["parameters"]!.AsArray()
            .Single(p => p!["name"]!.GetValue<string>() == name)!;
        return parameter["schema"]!;
    }

    private static bool IsRequired(JsonObject document, string source) =>
        source.StartsWith("path:", StringComparison.Ordinal)
        || (source.StartsWith("body:", StringComparison.Ordinal)
            && document["components"]!["schemas"]![source[5..source.IndexOf('.')]]!["required"]?.AsArray()
                .Any(r => r!.GetValue<string>() == source[(source.IndexOf('.') + 1)..]) == true);

    /// <summary>The schema without its wording, recursively: limits, types, enums and formats stay.</summary>
    private static JsonNode Strip(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Where(p => !Wording.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Strip(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(i => i is null ? null : Strip(i))]),
        _ => node.DeepClone(),
    };
}
