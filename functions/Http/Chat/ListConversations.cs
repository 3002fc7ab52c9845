using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Chat;

public sealed record ConversationList(IReadOnlyList<ConversationView> Items);

public sealed class ListConversations(RequestGate gate, ConversationQueries conversations)
{
    [Function(nameof(ListConversations))]
    [ApiOperation("Chat", "The user's conversations (latest 100)", Returns = typeof(ConversationList))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "conversations")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        return ApiResults.Ok(new ConversationList(await conversations.ListAsync(caller.UserId, 100, cancellationToken)));
    }
}
