using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Todos;

public sealed class GetTodo(RequestGate gate, TodoQueries todos)
{
    [Function(nameof(GetTodo))]
    [ApiOperation("Todos", "Get one todo", Returns = typeof(TodoView))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "todos/{id}")] HttpRequest request,
        string id, CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        var todo = Guid.TryParse(id, out var todoId) ? await todos.GetAsync(caller.UserId, todoId, cancellationToken) : null;
        return todo is null ? Problems.NotFound("No such todo.") : ApiResults.Ok(todo);
    }
}
