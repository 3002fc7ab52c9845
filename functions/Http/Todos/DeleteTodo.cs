using TodoFunctions.Core.Contracts;

namespace TodoFunctions.Http.Todos;

public sealed class DeleteTodo(RequestGate gate, TodoCommandSubmitter submitter)
{
    [Function(nameof(DeleteTodo))]
    [ApiOperation("Todos", "Delete a todo", Command = true, SuccessStatus = StatusCodes.Status202Accepted, Returns = typeof(CommandAccepted))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "todos/{id}")] HttpRequest request,
        string id, CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        return Guid.TryParse(id, out var todoId)
            ? await submitter.SubmitAsync(request, caller.UserId, TodoCommandKind.Delete, todoId, null, cancellationToken)
            : Problems.NotFound();
    }
}
