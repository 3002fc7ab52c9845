using System.Text.Json;
using System.Text.Json.Nodes;

namespace TodoFunctions.Mcp;

/// <summary>One argument of a tool and where its schema comes from in the API contract.</summary>
internal sealed record ToolArgument(string Name, Func<TodoContract, JsonObject> Schema, bool Required = false, string? Help = null);

/// <summary>One MCP tool: its arguments (schemas taken from the contract), its output schema, and what it does.</summary>
internal sealed record TodoTool(
    string Name,
    string Title,
    string Description,
    bool ReadOnly,
    bool Destructive,
    bool Idempotent,
    IReadOnlyList<ToolArgument> Arguments,
    Func<TodoContract, JsonObject> Output,
    Func<ToolCall, Task<JsonObject>> Run);

/// <summary>A validated call: the arguments as given, and the API client of the caller.</summary>
internal sealed record ToolCall(IReadOnlyDictionary<string, JsonElement> Arguments, TodoApiClient Api, CancellationToken CancellationToken)
{
    public string? Text(string name) =>
        Arguments.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

    public string? RawText(string name) =>
        Arguments.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public JsonNode? Node(string name) =>
        Arguments.TryGetValue(name, out var v) && v.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? JsonNode.Parse(v.GetRawText()) : null;

    public Guid Id => Guid.Parse(Text("id")!);
}

/// <summary>
/// The todo tools, shared by the stdio server (tools/Mcp) and the streamable HTTP endpoint (functions/Http).
/// Input schemas are the API contract's own field and parameter schemas (<see cref="TodoContract"/>); output
/// schemas are its response schemas; every call returns the API's JSON as <c>structuredContent</c> and as text.
/// </summary>
internal static class TodoTools
{
    private const string IdHelp = "The task's id (a UUID, as returned by list_tasks or add_task).";

    private static JsonObject Id(TodoContract c) => With(c.Parameter("GetTodo", "id"), IdHelp);

    private static JsonObject Create(TodoContract c, string field) => c.Property("CreateTodoRequest", field);

    private static JsonObject Update(TodoContract c, string field) => c.Property("UpdateTodoRequest", field);

    private static JsonObject Query(TodoContract c, string name) => c.Parameter("ListTodos", name);

    private static JsonObject With(JsonObject schema, string description)
    {
        schema["description"] = description;
        return schema;
    }

    public static IReadOnlyList<TodoTool> All { get; } =
    [
        new("add_task", "Add a task", "Creates a task on the user's todo list and returns it (with its id) once it is saved.",
            ReadOnly: false, Destructive: false, Idempotent: false,
            [
                new("title", c => Create(c, "title"), Required: true),
                new("description", c => Create(c, "description")),
                new("due", c => Create(c, "due")),
                new("priority", c => Create(c, "priority")),
                new("tags", c => Create(c, "tags")),
            ],
            c => c.Schema("TodoView"),
            async call =>
            {
                var body = new JsonObject { ["title"] = call.Text("title") ?? call.RawText("title") };
                Copy(call, body, "description", "due", "priority", "tags");
                return await call.Api.ApplyAsync(HttpMethod.Post, "api/todos", body, "The new task could not be found after creating it.", call.CancellationToken);
            }),

        new("list_tasks", "List tasks",
            "Lists the user's tasks with optional filters and sorting. Returns {items, total, offset, limit}. " +
            "Without filters it returns pending and completed tasks.",
            ReadOnly: true, Destructive: false, Idempotent: true,
            [
                new("status", c => Query(c, "status")),
                new("overdue", c => Query(c, "overdue")),
                new("priority", c => Query(c, "priority")),
                new("tag", c => Query(c, "tag")),
                new("text", c => Query(c, "q")),
                new("dueBefore", c => Query(c, "dueBefore")),
                new("dueAfter", c => Query(c, "dueAfter")),
                new("sort", c => Query(c, "sort")),
                new("order", c => Query(c, "order")),
                new("timeZone", c => Query(c, "tz")),
                new("limit", c => Query(c, "limit")),
                new("offset", c => Query(c, "offset")),
            ],
            c => c.Schema("TodoList"),
            call => call.Api.ListTodosAsync(
            [
                new("status", call.Text("status")), new("overdue", call.Node("overdue")?.ToJsonString()), new("priority", call.Text("priority")),
                new("tag", call.Text("tag")), new("q", call.Text("text")), new("dueBefore", call.Text("dueBefore")),
                new("dueAfter", call.Text("dueAfter")), new("sort", call.Text("sort")), new("order", call.Text("order")),
                new("tz", call.Text("timeZone")), new("limit", call.Node("limit")?.ToJsonString()), new("offset", call.Node("offset")?.ToJsonString()),
            ], call.CancellationToken)),

        new("get_task", "Get a task", "Returns one task by its id.", ReadOnly: true, Destructive: false, Idempotent: true,
            [new("id", Id, Required: true)],
            c => c.Schema("TodoView"),
            call => call.Api.GetTodoAsync(call.Id, call.CancellationToken)),

        new("update_task", "Update a task",
            "Changes a task's title, description, due date, priority or tags; only the fields you give change. " +
            "Returns the updated task. To remove the due date set clearDue to true.",
            ReadOnly: false, Destructive: true, Idempotent: true,
            [
                new("id", Id, Required: true),
                new("title", c => Update(c, "title")),
                new("description", c => With(Update(c, "description"), "New description; an empty string removes it.")),
                new("due", c => Update(c, "due")),
                new("clearDue", _ => new JsonObject { ["type"] = "boolean", ["description"] = "true removes the due date (do not also give due)." }),
                new("priority", c => Update(c, "priority")),
                new("tags", c => With(Update(c, "tags"), "New tags; they replace all existing tags. An empty list removes all tags.")),
            ],
            c => c.Schema("TodoView"),
            async call =>
            {
                var clearDue = call.Node("clearDue")?.GetValue<bool>() == true;
                if (clearDue && call.Text("due") is not null)
                {
                    throw new TodoApiException("Give either due (to set a due date) or clearDue: true (to remove it), not both.");
                }
                var body = new JsonObject();
                Copy(call, body, "title", "due", "priority", "tags");
                if (call.RawText("description") is { } description)
                {
                    body["description"] = description;
                }
                if (clearDue)
                {
                    body["due"] = null;
                }
                if (body.Count == 0)
                {
                    throw new TodoApiException("Nothing to change: give at least one of title, description, due, clearDue, priority or tags.");
                }
                var id = call.Id;
                await call.Api.GetTodoAsync(id, call.CancellationToken); // a clear "not found" now rather than a wait for the worker
                return await call.Api.ApplyAsync(HttpMethod.Patch, $"api/todos/{id}", body, TodoApiClient.NotFound(id), call.CancellationToken);
            }),

        new("complete_task", "Complete a task", "Marks a task as done and returns it.", ReadOnly: false, Destructive: false, Idempotent: true,
            [new("id", Id, Required: true)], c => c.Schema("TodoView"), call => TransitionAsync(call, "complete")),

        new("reopen_task", "Reopen a task", "Marks a completed task as not done again and returns it.", ReadOnly: false, Destructive: false, Idempotent: true,
            [new("id", Id, Required: true)], c => c.Schema("TodoView"), call => TransitionAsync(call, "reopen")),

        new("delete_task", "Delete a task", "Deletes a task permanently. There is no undo. Returns {deleted: true, id, title}.",
            ReadOnly: false, Destructive: true, Idempotent: true,
            [new("id", Id, Required: true)],
            c => new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("deleted", "id", "title"),
                ["properties"] = new JsonObject
                {
                    ["deleted"] = new JsonObject { ["type"] = "boolean" },
                    ["id"] = c.Parameter("GetTodo", "id"),
                    ["title"] = new JsonObject { ["type"] = "string" },
                },
            },
            async call =>
            {
                var id = call.Id;
                var task = await call.Api.GetTodoAsync(id, call.CancellationToken);
                await call.Api.ApplyAsync(HttpMethod.Delete, $"api/todos/{id}", null, TodoApiClient.NotFound(id), call.CancellationToken);
                return new JsonObject { ["deleted"] = true, ["id"] = id.ToString(), ["title"] = task["title"]?.DeepClone() };
            }),
    ];

    /// <summary>The tool's input schema: an object of its arguments, no others.</summary>
    public static JsonObject InputSchema(TodoTool tool, TodoContract contract)
    {
        var properties = new JsonObject();
        foreach (var argument in tool.Arguments)
        {
            properties[argument.Name] = argument.Schema(contract);
        }
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. tool.Arguments.Where(a => a.Required).Select(a => JsonValue.Create(a.Name))]),
            ["additionalProperties"] = false,
        };
    }

    private static async Task<JsonObject> TransitionAsync(ToolCall call, string action)
    {
        var id = call.Id;
        await call.Api.GetTodoAsync(id, call.CancellationToken);
        return await call.Api.ApplyAsync(HttpMethod.Post, $"api/todos/{id}/{action}", null, TodoApiClient.NotFound(id), call.CancellationToken);
    }

    private static void Copy(ToolCall call, JsonObject body, params string[] names)
    {
        foreach (var name in names)
        {
            if (call.Node(name) is { } value && !(value is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s)))
            {
                body[name] = value is JsonValue text && text.TryGetValue<string>(out var t) ? t.Trim() : value;
            }
        }
    }
}
