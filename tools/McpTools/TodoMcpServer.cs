using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace TodoFunctions.Mcp;

/// <summary>
/// The todo MCP server's handlers, whatever the transport: tools (schemas from the API contract, arguments
/// checked per field, structuredContent beside the text), the user's open and overdue todos as resources, and
/// a "plan my day" prompt. Each request resolves <see cref="TodoApiClient"/> (the caller's token) and
/// <see cref="TodoContractSource"/> from the request's services.
/// </summary>
public static class TodoMcpServer
{
    public const string OpenTodosUri = "todos://open";
    public const string OverdueTodosUri = "todos://overdue";
    public const string PlanMyDayPrompt = "plan_my_day";

    public const string Instructions =
        "Manages the signed-in user's todo list (Todo Functions). Use list_tasks to find a task's id, " +
        "then get_task, update_task, complete_task, reopen_task or delete_task with that id.";

    private static readonly JsonSerializerOptions Output = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Implementation ServerInfo => new() { Name = "todo-functions", Version = "1.1.0" };

    /// <summary>Tool definitions as MCP lists them, built from <paramref name="contract"/>.</summary>
    public static IReadOnlyList<Tool> ListTools(TodoContract contract) =>
    [
        .. TodoTools.All.Select(tool => new Tool
        {
            Name = tool.Name,
            Title = tool.Title,
            Description = tool.Description,
            InputSchema = JsonSerializer.SerializeToElement(TodoTools.InputSchema(tool, contract)),
            OutputSchema = JsonSerializer.SerializeToElement(tool.Output(contract)),
            Annotations = new ToolAnnotations
            {
                Title = tool.Title,
                ReadOnlyHint = tool.ReadOnly,
                DestructiveHint = tool.Destructive,
                IdempotentHint = tool.Idempotent,
                OpenWorldHint = false,
            },
        }),
    ];

    public static IMcpServerBuilder WithTodoFunctions(this IMcpServerBuilder builder) => builder
        .WithListToolsHandler(async (request, cancellationToken) =>
        {
            var contract = await Contract(request.Services!, cancellationToken);
            return new ListToolsResult { Tools = [.. ListTools(contract)] };
        })
        .WithCallToolHandler(CallToolAsync)
        .WithListResourcesHandler((_, _) => ValueTask.FromResult(new ListResourcesResult
        {
            Resources =
            [
                new Resource { Uri = OpenTodosUri, Name = "open-todos", Title = "Open todos", MimeType = "application/json",
                    Description = "The user's pending todos, soonest due first (at most 200): {items, total, offset, limit}." },
                new Resource { Uri = OverdueTodosUri, Name = "overdue-todos", Title = "Overdue todos", MimeType = "application/json",
                    Description = "The user's pending todos whose due date or time has passed (UTC), oldest first." },
            ],
        }))
        .WithReadResourceHandler(async (request, cancellationToken) =>
        {
            var uri = request.Params!.Uri;
            var api = request.Services!.GetRequiredService<ITodoApiClients>().For(request.User);
            var page = uri switch
            {
                OpenTodosUri => await api.ListTodosAsync([new("status", "pending"), new("sort", "due"), new("limit", "200")], cancellationToken),
                OverdueTodosUri => await api.ListTodosAsync([new("status", "pending"), new("overdue", "true"), new("sort", "due"), new("limit", "200")], cancellationToken),
                _ => throw new ModelContextProtocol.McpProtocolException($"Unknown resource '{uri}'. Resources: {OpenTodosUri}, {OverdueTodosUri}.",
                    ModelContextProtocol.McpErrorCode.ResourceNotFound),
            };
            return new ReadResourceResult { Contents = [new TextResourceContents { Uri = uri, MimeType = "application/json", Text = page.ToJsonString(Output) }] };
        })
        .WithListPromptsHandler((_, _) => ValueTask.FromResult(new ListPromptsResult
        {
            Prompts =
            [
                new Prompt
                {
                    Name = PlanMyDayPrompt,
                    Title = "Plan my day",
                    Description = "Looks at the overdue and open todos and proposes an order for today.",
                    Arguments = [new PromptArgument { Name = "timeZone", Description = "IANA time zone, e.g. Europe/Berlin (default UTC).", Required = false }],
                },
            ],
        }))
        .WithGetPromptHandler(async (request, cancellationToken) =>
        {
            if (request.Params!.Name != PlanMyDayPrompt)
            {
                throw new ModelContextProtocol.McpProtocolException($"Unknown prompt '{request.Params.Name}'. Prompts: {PlanMyDayPrompt}.", ModelContextProtocol.McpErrorCode.InvalidParams);
            }
            var timeZone = request.Params.Arguments?.TryGetValue("timeZone", out var tz) == true && tz.ValueKind == JsonValueKind.String ? tz.GetString() : null;
            var api = request.Services!.GetRequiredService<ITodoApiClients>().For(request.User);
            var overdue = await api.ListTodosAsync([new("status", "pending"), new("overdue", "true"), new("sort", "due"), new("tz", timeZone), new("limit", "50")], cancellationToken);
            var open = await api.ListTodosAsync([new("status", "pending"), new("sort", "due"), new("tz", timeZone), new("limit", "50")], cancellationToken);
            var text =
                $"Help me plan my day{(timeZone is null ? "" : $" (time zone {timeZone})")}. Here are my overdue todos and my open todos as JSON. " +
                "Propose an order for today: overdue and high-priority first, group small tasks, and say which ones to move to another day. " +
                "Use complete_task, update_task (e.g. a new due date) or add_task when I agree.\n\n" +
                $"Overdue:\n{overdue.ToJsonString(Output)}\n\nOpen:\n{open.ToJsonString(Output)}";
            return new GetPromptResult
            {
                Description = "Plan the day from the overdue and open todos.",
                Messages = [new PromptMessage { Role = Role.User, Content = new TextContentBlock { Text = text } }],
            };
        });

    private static async ValueTask<CallToolResult> CallToolAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken)
    {
        var services = request.Services!;
        var name = request.Params?.Name;
        var tool = TodoTools.All.FirstOrDefault(t => t.Name == name);
        if (tool is null)
        {
            return Error($"There is no tool '{name}'. Tools: {string.Join(", ", TodoTools.All.Select(t => t.Name))}.");
        }
        try
        {
            var contract = await Contract(services, cancellationToken);
            var arguments = request.Params!.Arguments is { } given ? new Dictionary<string, JsonElement>(given) : new Dictionary<string, JsonElement>();
            var problems = ToolArguments.Check(TodoTools.InputSchema(tool, contract), arguments);
            if (problems.Count > 0)
            {
                return Error($"Invalid arguments for {tool.Name}: {string.Join("; ", problems)}.");
            }
            var result = await tool.Run(new ToolCall(arguments, services.GetRequiredService<ITodoApiClients>().For(request.User), cancellationToken));
            return new CallToolResult
            {
                Content = [new TextContentBlock { Text = result.ToJsonString(Output) }],
                StructuredContent = JsonSerializer.SerializeToElement(result),
            };
        }
        catch (TodoApiException ex)
        {
            return Error(ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            services.GetService<ILoggerFactory>()?.CreateLogger(typeof(TodoMcpServer)).LogError(ex, "{Tool} failed unexpectedly", tool.Name);
            return Error($"{tool.Name} failed unexpectedly ({ex.GetType().Name}). Retry; if it keeps failing, the todo service may be misbehaving.");
        }
    }

    private static Task<TodoContract> Contract(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<TodoContractSource>().GetAsync(cancellationToken);

    private static CallToolResult Error(string message) =>
        new() { IsError = true, Content = [new TextContentBlock { Text = message }] };
}
