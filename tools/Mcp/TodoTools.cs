using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace TodoFunctions.Mcp;

/// <summary>The MCP tools. Each answers with the task(s) as JSON text, or an error result (IsError) worded for the model.</summary>
[McpServerToolType]
public sealed class TodoTools(TodoApiClient api, ILogger<TodoTools> logger)
{
    private const string IdHelp = "The task's id (a UUID, as returned by list_tasks or add_task).";
    private const string DueHelp =
        "Due date: '2026-12-24' for an all-day task, or a date-time with UTC offset such as '2026-12-24T18:00:00+01:00'.";
    private const string PriorityHelp = "Priority: none, low, medium or high.";

    private static readonly JsonSerializerOptions Output = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [McpServerTool(Name = "add_task", Title = "Add a task", Destructive = false, OpenWorld = false)]
    [Description("Creates a task on the user's todo list and returns it (with its id) once it is saved.")]
    public Task<CallToolResult> AddTask(
        [Description("Short title of the task, e.g. 'Call mom'. Required, at most 200 characters.")] string title,
        [Description("Optional longer notes.")] string? description = null,
        [Description("Optional. " + DueHelp)] string? due = null,
        [Description("Optional. " + PriorityHelp + " Defaults to none.")] string? priority = null,
        [Description("Optional tags (labels), e.g. ['family', 'phone']; at most 10.")] string[]? tags = null,
        CancellationToken cancellationToken = default) =>
        RunAsync("add_task", async () =>
        {
            var body = new JsonObject { ["title"] = title };
            SetIfGiven(body, "description", description);
            SetIfGiven(body, "due", due);
            SetIfGiven(body, "priority", priority);
            if (tags is not null)
            {
                body["tags"] = Tags(tags);
            }
            var task = await api.ApplyAsync(HttpMethod.Post, "api/todos", body, "The new task could not be found after creating it.", cancellationToken);
            return Json(task);
        });

    [McpServerTool(Name = "list_tasks", Title = "List tasks", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Lists the user's tasks with optional filters and sorting. Returns {items, total, offset, limit}; " +
                 "each item has id, title, description, due, priority, tags, completed. Without filters it returns pending and completed tasks.")]
    public Task<CallToolResult> ListTasks(
        [Description("pending (not done), completed, or all. Default: all.")] string? status = null,
        [Description("true: only pending tasks whose due date/time has passed.")] bool? overdue = null,
        [Description("Only tasks with this priority: none, low, medium or high.")] string? priority = null,
        [Description("Only tasks carrying this tag.")] string? tag = null,
        [Description("Words to search for in the title and description.")] string? text = null,
        [Description("Only tasks due before this date or date-time (e.g. '2026-12-24').")] string? dueBefore = null,
        [Description("Only tasks due after this date or date-time (e.g. '2026-12-01').")] string? dueAfter = null,
        [Description("Sort by created, due, priority, title or updated. Default: created.")] string? sort = null,
        [Description("asc or desc. Default: asc.")] string? order = null,
        [Description("The user's IANA time zone (e.g. 'Europe/Berlin'), which decides what 'today' is for overdue all-day tasks. Default: UTC.")]
        string? timeZone = null,
        [Description("How many tasks to return, 1 to 200. Default: 50.")] int? limit = null,
        [Description("How many tasks to skip, for paging. Default: 0.")] int? offset = null,
        CancellationToken cancellationToken = default) =>
        RunAsync("list_tasks", async () =>
        {
            var page = await api.ListTodosAsync(
            [
                new("status", status), new("overdue", overdue?.ToString().ToLowerInvariant()), new("priority", priority),
                new("tag", tag), new("q", text), new("dueBefore", dueBefore), new("dueAfter", dueAfter), new("sort", sort),
                new("order", order), new("tz", timeZone), new("limit", limit?.ToString()), new("offset", offset?.ToString()),
            ], cancellationToken);
            return Json(page);
        });

    [McpServerTool(Name = "get_task", Title = "Get a task", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Returns one task by its id.")]
    public Task<CallToolResult> GetTask([Description(IdHelp)] string id, CancellationToken cancellationToken = default) =>
        RunAsync("get_task", async () => Json(await api.GetTodoAsync(ParseId(id), cancellationToken)));

    [McpServerTool(Name = "update_task", Title = "Update a task", Destructive = true, Idempotent = true, OpenWorld = false)]
    [Description("Changes a task's title, description, due date, priority or tags; only the fields you give change. " +
                 "Returns the updated task. To remove the due date set clearDue to true.")]
    public Task<CallToolResult> UpdateTask(
        [Description(IdHelp)] string id,
        [Description("New title.")] string? title = null,
        [Description("New description; an empty string removes the description.")] string? description = null,
        [Description("New due date. " + DueHelp)] string? due = null,
        [Description("true removes the due date (do not also give due).")] bool? clearDue = null,
        [Description("New priority. " + PriorityHelp)] string? priority = null,
        [Description("New tags; they replace all existing tags. An empty list removes all tags.")] string[]? tags = null,
        CancellationToken cancellationToken = default) =>
        RunAsync("update_task", async () =>
        {
            var todoId = ParseId(id);
            if (clearDue == true && !string.IsNullOrWhiteSpace(due))
            {
                throw new TodoApiException("Give either due (to set a due date) or clearDue: true (to remove it), not both.");
            }
            var body = new JsonObject();
            SetIfGiven(body, "title", title);
            if (description is not null)
            {
                body["description"] = description;
            }
            if (clearDue == true)
            {
                body["due"] = null;
            }
            else
            {
                SetIfGiven(body, "due", due);
            }
            SetIfGiven(body, "priority", priority);
            if (tags is not null)
            {
                body["tags"] = Tags(tags);
            }
            if (body.Count == 0)
            {
                throw new TodoApiException("Nothing to change: give at least one of title, description, due, clearDue, priority or tags.");
            }
            await api.GetTodoAsync(todoId, cancellationToken); // a clear "not found" now rather than a wait for the worker
            return Json(await api.ApplyAsync(HttpMethod.Patch, $"api/todos/{todoId}", body, TodoApiClient.NotFound(todoId), cancellationToken));
        });

    [McpServerTool(Name = "complete_task", Title = "Complete a task", Idempotent = true, OpenWorld = false)]
    [Description("Marks a task as done and returns it.")]
    public Task<CallToolResult> CompleteTask([Description(IdHelp)] string id, CancellationToken cancellationToken = default) =>
        RunAsync("complete_task", () => TransitionAsync(id, "complete", cancellationToken));

    [McpServerTool(Name = "reopen_task", Title = "Reopen a task", Idempotent = true, OpenWorld = false)]
    [Description("Marks a completed task as not done again and returns it.")]
    public Task<CallToolResult> ReopenTask([Description(IdHelp)] string id, CancellationToken cancellationToken = default) =>
        RunAsync("reopen_task", () => TransitionAsync(id, "reopen", cancellationToken));

    [McpServerTool(Name = "delete_task", Title = "Delete a task", Destructive = true, Idempotent = true, OpenWorld = false)]
    [Description("Deletes a task permanently. There is no undo.")]
    public Task<CallToolResult> DeleteTask([Description(IdHelp)] string id, CancellationToken cancellationToken = default) =>
        RunAsync("delete_task", async () =>
        {
            var todoId = ParseId(id);
            var task = await api.GetTodoAsync(todoId, cancellationToken);
            await api.ApplyAsync(HttpMethod.Delete, $"api/todos/{todoId}", null, TodoApiClient.NotFound(todoId), cancellationToken);
            return $"Deleted task {todoId} (\"{task.GetProperty("title").GetString()}\").";
        });

    private async Task<string> TransitionAsync(string id, string action, CancellationToken cancellationToken)
    {
        var todoId = ParseId(id);
        await api.GetTodoAsync(todoId, cancellationToken);
        return Json(await api.ApplyAsync(HttpMethod.Post, $"api/todos/{todoId}/{action}", null, TodoApiClient.NotFound(todoId), cancellationToken));
    }

    private async Task<CallToolResult> RunAsync(string tool, Func<Task<string>> action)
    {
        try
        {
            return new CallToolResult { Content = [new TextContentBlock { Text = await action() }] };
        }
        catch (TodoApiException ex)
        {
            return Error(ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{Tool} failed unexpectedly", tool);
            return Error($"{tool} failed unexpectedly ({ex.GetType().Name}). Retry; if it keeps failing, the todo service may be misbehaving.");
        }
    }

    private static CallToolResult Error(string message) =>
        new() { IsError = true, Content = [new TextContentBlock { Text = message }] };

    private static Guid ParseId(string id) =>
        Guid.TryParse(id?.Trim(), out var parsed)
            ? parsed
            : throw new TodoApiException($"'{id}' is not a task id. Task ids are UUIDs; call list_tasks to find the id.");

    private static void SetIfGiven(JsonObject body, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            body[name] = value.Trim();
        }
    }

    private static JsonArray Tags(IEnumerable<string> tags) => new(tags.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray());

    private static string Json(JsonElement element) => JsonSerializer.Serialize(element, Output);
}
