using TodoFunctions.Core.Contracts;

namespace TodoFunctions.Http.Todos;

public sealed class DeleteTodo(RequestGate gate, TodoCommandSubmitter submitter)
{
    [Function(nameof(DeleteTodo))]
    [ApiOperation("Todos", "Delete a todo", Command = true, Conditional = true, SuccessStatus = StatusCodes.Status202Accepted, Returns = typeof(CommandAccepted))]
    [ApiQuery("series", "true deletes every occurrence of a recurring todo's series; otherwise only this one.", Values = ["true", "false"])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "todos/{id}")] HttpRequest request,
        string id, CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        if (!Guid.TryParse(id, out var todoId))
        {
            return Problems.NotFound();
        }
        // ?series=true deletes every occurrence of a recurring todo's series; without it, this one only.
        var series = request.Query["series"].ToString();
        if (series is not ("" or "true" or "false"))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["series"] = ["Use true or false."] });
        }
        return await submitter.SubmitAsync(request, caller.UserId, TodoCommandKind.Delete, todoId, null, cancellationToken, series: series == "true");
    }
}
