using TodoFunctions.Core.Domain.Todos;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Todos;

public sealed record TodoList(IReadOnlyList<TodoView> Items, int Total, int Offset, int Limit);

public sealed class ListTodos(RequestGate gate, TodoQueries todos, HttpClock clock)
{
    [Function(nameof(ListTodos))]
    [ApiOperation("Todos", "List, filter and sort todos", Returns = typeof(TodoList))]
    [ApiQuery("status", "Which todos: pending (or open), completed (or done), all.", Values = ["pending", "open", "completed", "done", "all"], Example = "pending")]
    [ApiQuery("dueBefore", "Due before this date (2026-12-24) or date-time with offset.", Example = "2026-12-24")]
    [ApiQuery("dueAfter", "Due after this date or date-time with offset.", Example = "2026-12-01")]
    [ApiQuery("overdue", "Only overdue (true) or only not overdue (false), in the tz's today.", Boolean = true)]
    [ApiQuery("priority", "Only this priority.", Enum = typeof(TodoPriority))]
    [ApiQuery("tag", "Only todos with this tag.", Example = "home")]
    [ApiQuery("q", "Text search in title and description.", Example = "milk")]
    [ApiQuery("text", "Same as q.")]
    [ApiQuery("sort", "Sort key.", Enum = typeof(TodoSort))]
    [ApiQuery("order", "Sort direction.", Values = ["asc", "desc"])]
    [ApiQuery("tz", "IANA time zone that decides what \"today\" (overdue) means.", Example = "Europe/Berlin")]
    [ApiQuery("offset", "Items to skip.", Integer = true, Minimum = 0, Maximum = int.MaxValue)]
    [ApiQuery("limit", "Page size (default 50).", Integer = true, Minimum = 1, Maximum = TodoQueryParser.MaxLimit)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "todos")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        var errors = new Dictionary<string, string[]>();
        var query = TodoQueryParser.Parse(request.Query, clock.GetUtcNow(), errors);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }
        var page = await todos.ListAsync(caller.UserId, query, cancellationToken);
        return ApiResults.Ok(new TodoList(page.Items, page.Total, page.Skip, page.Take));
    }
}
