using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Chat;

public sealed record MessageList(IReadOnlyList<MessageView> Items);

/// <summary>
/// <c>?after=N</c> returns only messages with a higher sequence number (for polling and paging);
/// <c>?limit=</c> (1–500, default 200) caps one page.
/// </summary>
public sealed class ListMessages(RequestGate gate, ConversationQueries conversations)
{
    private const int DefaultLimit = 200;
    private const int MaxLimit = 500;

    [Function(nameof(ListMessages))]
    [ApiOperation("Chat", "Messages of one conversation", Returns = typeof(MessageList))]
    [ApiQuery("after", "Only messages with a higher sequence number.", Integer = true, Minimum = 0, Maximum = int.MaxValue)]
    [ApiQuery("limit", "Page size (default 200).", Integer = true, Minimum = 1, Maximum = MaxLimit)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "conversations/{id}/messages")] HttpRequest request,
        string id, CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        var afterText = request.Query["after"].ToString();
        var after = 0;
        if (afterText.Length > 0 && (!int.TryParse(afterText, out after) || after < 0))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["after"] = ["Use a message sequence number (0 or more)."] });
        }
        var limitText = request.Query["limit"].ToString();
        var limit = DefaultLimit;
        if (limitText.Length > 0 && (!int.TryParse(limitText, out limit) || limit < 1 || limit > MaxLimit))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["limit"] = [$"Use 1 to {MaxLimit}."] });
        }
        var messages = Guid.TryParse(id, out var conversationId)
            ? await conversations.MessagesAsync(caller.UserId, conversationId, after, limit, cancellationToken)
            : null;
        return messages is null ? Problems.NotFound("No such conversation.") : ApiResults.Ok(new MessageList(messages));
    }
}
