using TodoFunctions.Core.Contracts;

namespace TodoFunctions.Http.Todos;

public sealed class CompleteTodo(RequestGate gate, TodoCommandSubmitter submitter)
{
    [Function(nameof(CompleteTodo))]
    [ApiOperation("Todos", "Mark a todo done", Command = true, Conditional = true, SuccessStatus = StatusCodes.Status202Accepted, Returns = typeof(CommandAccepted))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "todos/{id}/complete")] HttpRequest request,
        string id, CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        return Guid.TryParse(id, out var todoId)
            ? await submitter.SubmitAsync(request, caller.UserId, TodoCommandKind.Complete, todoId, null, cancellationToken)
            : Problems.NotFound();
    }
}
