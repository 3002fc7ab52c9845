using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Chat;

public sealed class ListConversations(RequestGate gate, ConversationQueries conversations)
{
    [Function(nameof(ListConversations))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "conversations")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        return ApiResults.Ok(new { items = await conversations.ListAsync(caller.UserId, 100, cancellationToken) });
    }
}
