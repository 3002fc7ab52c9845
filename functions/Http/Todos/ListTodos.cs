using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Todos;

public sealed class ListTodos(RequestGate gate, TodoQueries todos, HttpClock clock)
{
    [Function(nameof(ListTodos))]
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
        return ApiResults.Ok(new { items = page.Items, total = page.Total, offset = page.Skip, limit = page.Take });
    }
}
