using TodoFunctions.Core.Contracts;

namespace TodoFunctions.Http.Todos;

public sealed class ReopenTodo(RequestGate gate, TodoCommandSubmitter submitter)
{
    [Function(nameof(ReopenTodo))]
    [ApiOperation("Todos", "Mark a done todo open again", Command = true, Conditional = true, SuccessStatus = StatusCodes.Status202Accepted, Returns = typeof(CommandAccepted))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "todos/{id}/reopen")] HttpRequest request,
        string id, CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        return Guid.TryParse(id, out var todoId)
            ? await submitter.SubmitAsync(request, caller.UserId, TodoCommandKind.Reopen, todoId, null, cancellationToken)
            : Problems.NotFound();
    }
}
