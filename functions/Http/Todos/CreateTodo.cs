using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Http.Todos;

public sealed class CreateTodo(RequestGate gate, TodoCommandSubmitter submitter)
{
    [Function(nameof(CreateTodo))]
    [ApiOperation("Todos", "Create a todo", Command = true, Body = typeof(CreateTodoRequest), SuccessStatus = StatusCodes.Status202Accepted,
        Returns = typeof(CommandAccepted), Problems = [StatusCodes.Status409Conflict],
        Description = "Queues the creation. Give `id` to choose the todo's id yourself (409 if it exists).")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "todos")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        var body = await JsonBody.ReadAsync<CreateTodoRequest>(request, cancellationToken);
        if (body.Rejection is { } invalid)
        {
            return invalid;
        }
        var create = body.Value!;
        var fields = new TodoFields(create.Title, create.Description, create.Due, create.Priority, create.Tags, create.Recurrence, create.Reminders);
        TodoRules.Validate(fields, isCreate: true, out var errors);
        if (create.Id == Guid.Empty)
        {
            errors["id"] = ["The id must be a non-empty UUID."];
        }
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }
        return await submitter.SubmitAsync(request, caller.UserId, TodoCommandKind.Create, create.Id, fields, cancellationToken);
    }
}
