using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Todos;

public sealed class GetTodo(RequestGate gate, TodoQueries todos)
{
    [Function(nameof(GetTodo))]
    [ApiOperation("Todos", "Get one todo", Returns = typeof(TodoView), Cacheable = true, AlsoStatuses = [StatusCodes.Status304NotModified],
        Description = "Answers with a strong `ETag` (the todo's version). Send it back as `If-None-Match` to get 304 while the todo is unchanged, " +
                      "or as `If-Match` on a write so it is refused (412) if someone else changed the todo first.")]
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
        if (todo is null)
        {
            return Problems.NotFound("No such todo.");
        }
        var etag = TodoETags.For(todo.Version);
        return TodoETags.IsCurrent(request, todo.Version)
            ? new JsonActionResult(StatusCodes.Status304NotModified, null).WithHeader("ETag", etag)
            : ApiResults.Ok(todo).WithHeader("ETag", etag);
    }
}
