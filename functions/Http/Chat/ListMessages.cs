using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Chat;

/// <summary><c>?after=N</c> returns only messages with a higher sequence number (for polling).</summary>
public sealed class ListMessages(RequestGate gate, ConversationQueries conversations)
{
    [Function(nameof(ListMessages))]
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
        var messages = Guid.TryParse(id, out var conversationId)
            ? await conversations.MessagesAsync(caller.UserId, conversationId, after, 500, cancellationToken)
            : null;
        return messages is null ? Problems.NotFound("No such conversation.") : ApiResults.Ok(new { items = messages });
    }
}
